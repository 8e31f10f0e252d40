package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "In the past one year" is "the past year" with its number written out: the year before the publication's. */
class PastOneYearTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The terminal received more than 90 container trucks from Uzbekistan in the past one year. | 2021
            The terminal received more than 90 container trucks from Uzbekistan in the past year. | 2021
            """)
    void shouldReadThePastOneYearAsLastYear(String body, String period) {
        assertThat(AnalyzedFigures.figure(body, "2022-03-13", "90 container").period()).isEqualTo(period);
    }
}
