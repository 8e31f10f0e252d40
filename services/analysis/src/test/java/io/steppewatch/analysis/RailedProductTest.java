package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tonnes of a product that a sentence says went by rail ("railed", "by train", "by rail") are freight, whatever the
 * product (the written decision "a product carried by rail": {@code cargo.volume}); a product sold to a buyer with no
 * word of the carriage stays its flow.
 */
class RailedProductTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In March some 0.8m tonnes of Kazakh wheat were railed to the Baltic ports for shipment abroad.   | 0.8m tonnes      | cargo.volume
            About 2.3 million tonnes of iron ore went by train from Kostanay to Chinese steel mills last year. | 2.3 million tonnes | cargo.volume
            Nearly 400,000 tonnes of cotton were moved by rail to Iranian buyers in the first half.          | 400,000 tonnes   | cargo.volume
            Kazakhstan sold 400,000 tonnes of wheat to Iranian buyers in the first half.                     | 400,000 tonnes   | other
            """)
    void shouldReadAProductCarriedByRailAsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
