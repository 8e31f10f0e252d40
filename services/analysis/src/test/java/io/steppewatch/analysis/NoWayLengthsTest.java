package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The standard's route length is the length of a route, railway, road or pipeline; a length the sentence gives to a
 * tunnel, a bridge, a queue of vehicles or a data channel is other (round 48, NoWayLengths), while a way named as near
 * or nearer keeps its length.
 */
class NoWayLengthsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The tunnel being dug under the pass will stretch 9 kilometers, connecting Kazarman district to Toktogul district.                | 9 kilometers | other
            Pour la ligne Kachgar – Andijan, 40 ponts et 12 tunnels d'une longueur totale de 95 km seront construits.                   | 95 km | other
            A line-up of grain trucks waiting to cross into Kazakhstan stretched for 7 kilometres on Monday.                            | 7 kilometres | other
            A backup data channel, some 280km long, will connect the port of Aktau to the Azerbaijani coast.                            | 280km | other
            Long de 410 km, ce chemin de fer demandera le percement de 20 tunnels dans les montagnes du Tian Shan.                      | 410 km | route.length
            """)
    void shouldReadALengthOfNoWayAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
