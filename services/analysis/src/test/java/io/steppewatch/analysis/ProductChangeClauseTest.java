package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change in a clause of its own right after one product's flow, naming no metric of its own, says how that flow
 * moved: `other`, like the flow. A clause that names its own metric keeps it.
 */
class ProductChangeClauseTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            About 3.5 million tons of wheat were exported to Uzbekistan over the year, which is 40 percent more than a year earlier. | 40 percent | other
            Les exportations de farine du Kazakhstan ont atteint 2,1 millions de tonnes sur la période janvier-mai 2024, soit une progression de 15 %. | 15 % | other
            Kazakhstan exported 3.5 million tons of wheat to Uzbekistan in 2024, and trade between the two countries grew by 12 percent. | 12 percent | trade.turnover
            """)
    void shouldReadAChangeAfterAProductFlowAsThatFlows(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
