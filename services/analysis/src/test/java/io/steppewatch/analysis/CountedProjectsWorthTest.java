package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worth of the joint projects a sentence has just counted ("34 projets ... d'une valeur de"): decision 61 of round
 * 38 makes it {@code jointprojects.value}, though the worth words are also a project's cost words. A sum with no
 * count of projects before it, and the worth of contracts counted after the projects, keep their readings.
 */
class CountedProjectsWorthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            L'Ouzbékistan et la Turquie vont mettre en œuvre conjointement 18 projets d’investissement d’une valeur de 3 milliards de dollars. | 3 milliards | jointprojects.value
            Astana et Tachkent ont signé un accord pour mettre en œuvre conjointement 21 projets d'investissement d'une valeur de 2,3 milliards de dollars et neuf contrats commerciaux d'une valeur de 800 millions de dollars. | 2,3 milliards | jointprojects.value
            Astana et Tachkent ont signé un accord pour mettre en œuvre conjointement 21 projets d'investissement d'une valeur de 2,3 milliards de dollars et neuf contrats commerciaux d'une valeur de 800 millions de dollars. | 800 millions | other
            Le coût du nouveau terminal d'investissement est d'une valeur de 900 millions de dollars. | 900 millions | other
            """)
    void shouldReadTheWorthOfCountedJointProjectsAsTheirValue(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
