package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gas supplies named by the French noun ("approvisionnements en gaz") are the supplying country's export in cubic
 * metres, as "supplies" and "livraisons" are (the labels: gas supplied by one country to another in cubic metres is
 * {@code trade.exports}).
 */
class GasSuppliesNounTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            L'Ouzbékistan compte porter ses approvisionnements en gaz vers le Tadjikistan à 3 milliards de mètres cubes par an. | 3 milliards de mètres cubes | trade.exports
            Les approvisionnements de gaz turkmène à la Chine ont atteint 12 milliards de mètres cubes.                            | 12 milliards de mètres cubes | trade.exports
            """)
    void shouldReadGasSuppliesAsExports(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
