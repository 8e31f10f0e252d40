package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "За последний год" and "за прошедший год" in a dated text are the past-N-years span with N = 1: the whole year
 * before the year of publication, for a change over it, the level the year's flow reaches and the figures the next
 * sentence carries from it, as "over the past year" already is (LABEL-FIXES 2026-12-04, round 25). An undated text
 * gives the phrase no year. The articles are published on 2024-03-05 unless a row says undated.
 */
class PastYearInRussianTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            За последний год экспорт яблок вырос на 40%. | 40% | 2024-03-05 | 2023
            За последний год экспорт яблок вырос в три раза, достигнув 12 млн долларов. | 12 млн долларов | 2024-03-05 | 2023
            За прошедший год экспорт яблок вырос на 40%. | 40% | 2024-03-05 | 2023
            За последний год экспорт яблок вырос на 40%. Поставки груш выросли на 15%. | 15% | 2024-03-05 | 2023
            За последний год экспорт яблок вырос на 40%. | 40% | |
            """)
    void shouldDateThePastYearByThePublication(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
