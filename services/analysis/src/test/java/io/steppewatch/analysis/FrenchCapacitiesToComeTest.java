package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French capacities of a facility to come, by "aura / auront / aurait une capacité de" and "doit / doivent permettre
 * de": the level is a goal (LABEL-FIXES, a facility's capacity once built). The first four rows fail without the cues;
 * the cost before "doit permettre" and a capacity in the present stay amounts.
 */
class FrenchCapacitiesToComeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            D’après la presse, le gazoduc aurait une capacité de 20 milliards de m3 par an. | 20 milliards de m3 | TARGET
            Les deux oléoducs auront une capacité totale de 40 milliards de mètres cubes par an. | 40 milliards de mètres cubes | TARGET
            Le nouveau corridor doit permettre de transporter 8 millions de tonnes de marchandises par an. | 8 millions de tonnes | TARGET
            Ces deux ports doivent permettre de traiter 300 000 EVP chaque année. | 300 000 EVP | TARGET
            Un chantier de 3 milliards de dollars doit permettre de relier les deux réseaux. | 3 milliards de dollars | AMOUNT
            Le terminal a une capacité annuelle de 12 millions de tonnes. | 12 millions de tonnes | AMOUNT
            """)
    void shouldReadACapacityToComeAsAGoal(String body, String text, String measure) {
        assertThat(AnalyzedFigures.figure(body, text).measure()).isEqualTo(Measure.valueOf(measure));
    }
}
