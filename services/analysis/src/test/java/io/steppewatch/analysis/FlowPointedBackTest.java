package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum or change of exports whose sentence points back ("This marks", "In monetary terms", "these exports") at a
 * named product's flow given in the sentence before goes on with that product, {@code other}
 * (figures.FlowPointedBack); the same sentence after a flow of goods in general keeps its trade metric.
 */
class FlowPointedBackTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan sold 41,000 tons of apricots to Russia in the first half of 2024, earning $52 million. This marks an increase of $9 million in the export value over a year earlier. | $9 million | other
            Kyrgyzstan raised its coal supplies to Uzbekistan by 15 percent in 2023. In monetary terms, exports rose by 1.8 times. | 1.8 times | other
            Kyrgyzstan raised its supplies of goods to Uzbekistan by 15 percent in 2023. In monetary terms, exports rose by 1.8 times. | 1.8 times | trade.exports
            """)
    void shouldReadTheFlowPointedBackAtAsTheProducts(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
