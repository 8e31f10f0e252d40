package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tonnes a named crossing, port or terminal "processed" are its freight, `cargo.volume`, whatever product they are
 * (decisions 56 and 68 of rounds 38 and 39); tonnes a country or a plant processed stay `other`.
 */
class CrossingsProcessedTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Since January the Torugart Pass between China and Kyrgyzstan has processed some 48,000 tonnes of fruit and vegetables. | 48,000 tonnes | cargo.volume
            Last month the Dostyk border crossing processed 210,000 tonnes of wheat and barley. | 210,000 tonnes | cargo.volume
            In 2019, Kyrgyzstan processed around 12 thousand tons of raw wool. | 12 thousand tons | other
            The new plant in Khujand processed 25,000 tonnes of cotton fibre last year. | 25,000 tonnes | other
            """)
    void shouldReadTonnesACrossingProcessedAsItsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
