package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 56 of round 38: a railway's freight turnover written in tonnes is freight carried, and so is its change;
 * the change of a turnover the sentence gives in no tonnes stays `other` (tonne-kilometres); a part the text splits
 * off a freight total said just before keeps `cargo.volume`.
 */
class FreightTotalsAndPartsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Freight turnover on the Uzbek railway network rose to 58.2 million tons in 2024, which is 4.1 percent more than a year before. | 4.1 percent | cargo.volume
            Freight turnover on the Uzbek railway network rose by 4.1 percent in 2024.                                 | 4.1 percent | other
            """)
    void shouldKeepTheChangeOfATurnoverInTonnesAsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh railways carried 52 million tons of coal in the first half of the year. Of these, 31 million tons went to local consumers. | 31 million tons | cargo.volume
            Kazakh railways carried 52 million tons of coal in the first half of the year. Some 12 million tons were delivered to power stations. | 12 million tons | cargo.volume
            """)
    void shouldKeepAPartOfAFreightTotalAsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
