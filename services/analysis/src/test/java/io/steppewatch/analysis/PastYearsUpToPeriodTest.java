package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 65 of round 39 (and 35): a total summed over the past N years of a dated text covers the N whole years
 * before the year of publication. "Up to" before the sum is its bound, not a word of change ("up 5%"), so the total
 * keeps the span; the level a change over the span reaches still keeps none.
 */
class PastYearsUpToPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Over the past 15 years, Korean companies have invested up to $4 billion in Uzbekistan's economy. | $4 billion | 2009-01/2023-12
            In the last ten years, Japan has put up to $2 billion into Kazakhstan's mining projects. | $2 billion | 2014-01/2023-12
            Over the past ten years, trade between the two countries went up to $3 billion from $1 billion. | $3 billion |
            """)
    void shouldDateATotalUpToABoundOverThePastYears(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2024-05-10", text).period()).isEqualTo(period);
    }
}
