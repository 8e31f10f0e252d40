package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The similar period of last year" is the same period a year before, said as some translations say it: the base of
 * a comparison, not the period of the figures (the standard: a change against the same period last year has the
 * period of the figure it describes), so the sentences after it go on with the period the text set. In an undated
 * text, "the similar period of 2021" implies a text written in 2022, as "the same period of 2021" does.
 */
class SimilarPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In January-April 2023 Tajikistan's trade with Iran amounted to $88 million and, against the similar period of last year, went down by $14 million. Tajik exports made up $39 million. | $39 million | 2023-01/2023-04
            In January-April 2023 Tajikistan's trade with Iran amounted to $88 million and, against the similar period of last year, went down by $14 million. Tajik exports made up $39 million. | $14 million | 2023-01/2023-04
            """)
    void shouldGoOnWithTheTextsPeriodAfterASimilarPeriodBase(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2023-06-02", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In the first eight months of this year, Kyrgyz exports to Turkey rose to $310 million against $250 million in the similar period of 2021. | $310 million | 2022-01/2022-08
            """)
    void shouldDateAnUndatedTextAfterItsSimilarPeriodBase(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, null, text).period()).isEqualTo(period);
    }
}
