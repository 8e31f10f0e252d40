package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tonnes of a product that a sentence says a pipeline's operator delivers or supplies, in any of its clauses, are what
 * the line carries, {@code cargo.volume} (decision 68 of round 39: "carried ... by the line's operator"); the same
 * sentence with a seller that runs no line keeps the product's flow, {@code other}.
 */
class LineOperatorDeliversTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In March KazTransOil was to send 120,000 tonnes of oil to Germany, but only supplied 70,000 tonnes. | 120,000 tonnes | cargo.volume
            In March KazTransOil was to send 120,000 tonnes of oil to Germany, but only supplied 70,000 tonnes. | 70,000 tonnes | cargo.volume
            В марте КазТрансОйл поставил в Германию 85 тысяч тонн нефти. | 85 тысяч тонн | cargo.volume
            In March the trader was to send 120,000 tonnes of oil to Germany, but only supplied 70,000 tonnes. | 70,000 tonnes | other
            """)
    void shouldReadTonnesAnOperatorDeliversAsItsLinesFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
