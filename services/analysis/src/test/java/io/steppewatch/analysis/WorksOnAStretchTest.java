package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A length of a line that works are done on (prepared for laying, ready, installed, assembled) is how far the works
 * have come, `other`; the length of the whole line, however its works go, stays `route.length`.
 */
class WorksOnAStretchTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new gas pipeline across Kyrgyzstan now has 45 kilometers of its route prepared for pipe-laying.         | 45 kilometers | other
            Builders of the railway in Uzbekistan report that 30 km of track have been assembled and are ready.          | 30 km         | other
            Work camps are up, and preparing 45 kilometers of the pipeline route in Balkh took the whole summer.         | 45 kilometers | other
            Le gazoduc à travers le Kirghizistan compte désormais 45 kilomètres prêts pour la pose des tubes.           | 45 kilomètres | other
            The 650-km railway linking Uzbekistan and Afghanistan will be built by 2030.                                 | 650-km        | route.length
            The project involves laying of a 300-km gas pipeline from Turkmenistan to Azerbaijan.                        | 300-km        | route.length
            Actuellement, 120 des 640 kilomètres de la voie ferrée kirghize sont prêts pour la pose des rails.           | 640 kilomètres | route.length
            """)
    void shouldReadALengthWorkedOnAsProgress(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The road agency means to restore 30 km of the old highway between the two border towns of Kyrgyzstan.       | 30 km         | other
            Last summer the railway from the border to the port of Aktau was paved with new sleepers along 12 kilometers. | 12 kilometers | other
            Il reste 140 km à construire sur la ligne ferroviaire entre l'Ouzbékistan et l'Afghanistan.                   | 140 km        | other
            Sur la ligne ferroviaire entre l'Ouzbékistan et l'Afghanistan, 140 km restent à construire.                   | 140 km        | other
            The ministry will repair the 90-kilometer road linking Tajikistan and Afghanistan next year.                | 90-kilometer  | route.length
            """)
    void shouldReadALengthStillToBuildOrRepairAsProgress(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
