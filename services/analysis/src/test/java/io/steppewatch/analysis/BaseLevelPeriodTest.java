package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The level a comparison starts from takes the period of the base it is stated with: "an increase from 2.1 million
 * tons in the same period last year" the same months a year before, "down from $900 million in the previous year" the
 * year before the one the sentence names (in an undated text too), "the same period of 2024 /1,364 thousand tons/" with
 * a slash used as a bracket (the conventions: the amount of a base has the period of that base).
 */
class BaseLevelPeriodTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            null       | Kazakhstan shipped 2.6 million tons of flour between January and June 2024. That marks an increase from 2.1 million tons in the same period last year. | 2.1 million | 2023-01/2023-06
            null       | Trade between the two republics fell in 2024 to $700 million, down from $900 million in the previous year. | $900 million | 2023
            2025-08-20 | In January-May 2025 the port handled 1,620 thousand tons, 12 percent higher than in the same period of 2024 /1,446 thousand tons/. | 1,446 thousand tons | 2024-01/2024-05
            """)
    void shouldDateTheLevelByItsBase(String published, String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "null".equals(published) ? null : published, text).period())
                .isEqualTo(period);
    }
}
