package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country's own infrastructure, railway or modernization projects are its spending, no joint-project portfolio;
 * projects two countries carry out together keep the metric.
 */
class OwnInfrastructureProjectsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan is carrying out 15 infrastructure projects worth $900 million in the Sughd region.      | $900 million  | other
            В Кыргызстане реализуются три железнодорожных проекта стоимостью $1,4 млрд.                         | $1,4 млрд     | other
            Turkmenistan spent $75 million on modernization projects at the port of Turkmenbashi.              | $75 million   | other
            Kazakhstan and Uzbekistan are implementing 30 joint projects worth $3 billion.                     | $3 billion    | jointprojects.value
            """)
    void shouldNotReadOwnInfrastructureProjectsAsJointProjects(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
