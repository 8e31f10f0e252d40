package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "By year-end" is "by the end of the year" written short: a goal it dates is of the year of publication (the
 * standard: a relative period resolves against the publication date; a target carries its target year), not of the
 * months so far that the sentence also names.
 */
class YearEndTargetTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Since January the terminal has handled 1.1 million tons and expects to handle 3.4 million tons by year-end. | 2023
            By year-end, 3.4 million tons of grain are expected to cross the border. | 2023
            The port plans to ship 3.4 million tons by the year end, the ministry said. | 2023
            """)
    void shouldDateAGoalByYearEndToThePublicationYear(String body, String period) {
        assertThat(AnalyzedFigures.figure(body, "2023-10-02", "3.4").period()).isEqualTo(period);
    }
}
