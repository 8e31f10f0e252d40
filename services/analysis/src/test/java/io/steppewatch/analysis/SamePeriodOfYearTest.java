package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A level stated for the same period of a named year is that year's, over the months the text set (round 48, perc48):
 * a sentence that opens on the base, the second figure of the clause the base opens, and a bare year that restates
 * the months set before. Guards: a bare year with no months set keeps the base's bare year; a figure after a
 * conjunction in the base's clause is not the base's.
 */
class SamePeriodOfYearTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            В январе-июне 2025 года в Узбекистан ввезено 41 тыс. тонн зерна. За аналогичный период 2024 года ввоз составил 37 тыс. тонн, из которых 2,5 тыс. тонн пришлось на рис. | null | 2,5 тыс. тонн | 2024-01/2024-06
            За январь-сентябрь 2024 года Таджикистан вывез 9,2 тонны серебра, что на 6 процентов больше, чем за аналогичный период 2023 года, когда из страны вывезли 8,7 тонны на сумму $410 миллионов. | null | $410 миллионов | 2023-01/2023-09
            Georgian wine sales to Kazakhstan rose sharply in the first 9 months of 2023. They came to 41 million dollars in 2023, and 29 million dollars in the same period of 2022. | 2023-11-02 | 29 million dollars | 2022-01/2022-09
            Georgian wine sales to Kazakhstan came to 41 million dollars in 2023, and 29 million dollars in the same period of 2022. | null | 29 million dollars | 2022
            """)
    void shouldDateTheLevelOfTheSamePeriodOfAYear(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
