package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Avant 2030" sets a deadline, as "d'ici 2030" and "jusqu'en 2030" do: the goal it closes carries the year (the
 * standard: targets carry the target year), and the facts stated after it are not of that year.
 */
class AvantDeadlineTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le Turkménistan prévoit d'exporter 40 milliards de mètres cubes de gaz vers la Chine chaque année avant 2030. Ses réserves prouvées sont de 13 000 milliards de mètres cubes. | 13 000 milliards | null
            Le Turkménistan prévoit d'exporter 40 milliards de mètres cubes de gaz vers la Chine chaque année avant 2030. Ses réserves prouvées sont de 13 000 milliards de mètres cubes. | 40 milliards | 2030
            """)
    void shouldCloseAGoalWithoutDatingTheFactsAfterIt(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, null, text).period()).isEqualTo("null".equals(period) ? null : period);
    }
}
