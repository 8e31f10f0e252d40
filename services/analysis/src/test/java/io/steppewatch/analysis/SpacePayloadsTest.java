package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 55: what a rocket or a spacecraft lifts to orbit or brings back from a station is a payload, `other`, not
 * freight carried along a corridor (`cargo.volume`) nor what a line can carry (`cargo.capacity`). Tonnes carried by
 * train keep their metric.
 */
class SpacePayloadsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le cargo spatial transporte 830 kg de vivres pour l'ISS et rapportera 410 kg de déchets.               | 830 kg          | other
            The spacecraft will deliver 2.5 tons of cargo to the ISS, and the rocket 4.2 tons to orbit.            | 4.2 tons        | other
            Новый грузовой корабль доставит на орбиту до 3 тонн грузов.                                            | 3 тонн          | other
            Le corridor transcaspien a transporté 2,7 millions de tonnes de fret en 2023.                         | 2,7 millions de tonnes | cargo.volume
            """)
    void shouldReadASpacePayloadAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
