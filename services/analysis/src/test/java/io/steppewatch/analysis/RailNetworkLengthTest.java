package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The length of a railway network, or of rail counted in kilometres, is a railway's length, {@code route.length}
 * (decision 46 of round 37: the length of a route, railway, road or pipeline), whether the sentence calls it a
 * network, tracks or rail; a length a power grid or works cover is not.
 */
class RailNetworkLengthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Les 9 500 km de voies de la compagnie nationale forment le réseau ferroviaire du pays.              | 9 500 km       | route.length
            Le Kirghizstan ne dispose que d'un réseau de 420 km de rail, hérité de l'époque soviétique.        | 420 km         | route.length
            The plan foresees some 300 km of rail between the two mining towns by 2030.                         | 300 km         | route.length
            Le réseau électrique du pays s'est enrichi de 500 km de câbles l'an dernier.                       | 500 km         | other
            """)
    void shouldReadARailNetworkAsARouteLength(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
