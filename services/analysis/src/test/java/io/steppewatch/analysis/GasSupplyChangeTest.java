package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change of the gas one country supplies to another is a change of its exports, {@code trade.exports}, as its cubic
 * metres are (the gas rule, read by decision 9 of round 31 as covering "a change of such a volume"); the cubic metres of
 * the same words stay exports; a share of the gas, and the change of its value in money, stay {@code other}.
 */
class GasSupplyChangeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Last year the supply of gas from Turkmenistan to Uzbekistan went up 1.8 times on the year before. | 1.8 times | trade.exports
            Kazakhstan's gas supplies to Kyrgyzstan fell by 12 percent in the first quarter. | 12 percent | trade.exports
            Kazakhstan's gas supplies to Kyrgyzstan reached 400 million cubic meters in the first quarter. | 400 million cubic meters | trade.exports
            Gas supplies from Kazakhstan cover 60 percent of what Kyrgyzstan burns in winter. | 60 percent | other
            The value of gas supplies from Kazakhstan to Kyrgyzstan rose by 25 percent to $90 million. | 25 percent | other
            """)
    void shouldReadAChangeOfGasSuppliedAsAChangeOfExports(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
