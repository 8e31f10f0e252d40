package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A month named with "of this year" or "of last year" is that month, resolved against the publication date (the
 * standard: a relative period resolves against the publication date), as "February this year" already was.
 */
class MonthOfThisYearTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In February of this year, the two sides signed contracts worth $310 million. | 2023-02
            In October of last year, the two sides signed contracts worth $310 million. | 2022-10
            In February this year, the two sides signed contracts worth $310 million. | 2023-02
            """)
    void shouldReadTheMonthOfARelativeYear(String body, String period) {
        assertThat(AnalyzedFigures.figure(body, "2023-07-11", "$310 million").period()).isEqualTo(period);
    }
}
