package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 28 of round 35: a goal, a forecast and a level reached by a year take the deadline's year, whatever the
 * measure: a change or a share with "by 2027", "к 2024 году", "d'ici 2030" in its clause, and a level the sentence
 * says was reached "By 2014". A Russian change "к 2023 году" is a comparison with that year, not a deadline.
 */
class ReachedByYearTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The ministry is counting on a jump of 150% by 2028. | 150% | 2028
            By 2016, the number of its graduates had climbed to 9,420. | 9,420 | 2016
            Уже к 2022 году на соседей приходилось около 12% всего оборота. | 12% | 2022
            Le ministère table sur un bond de 150 % d'ici 2028. | 150 % | 2028
            """)
    void shouldTakeTheYearTheFigureIsReachedBy(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2025-02-10", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            В 2024 году вывезено 2,1 миллиона тонн зерна (+18% к 2023 году). | 18% | 2024
            """)
    void shouldKeepTheRussianComparisonYearOutOfAChange(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2025-02-10", text).period()).isEqualTo(period);
    }
}
