package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The joint-project metrics count and value the projects under way between two parties: projects done or only
 * looked at are other, unless the text calls them joint.
 */
class ProjectsUnderWayTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Between Korea and Kazakhstan, 19 projects worth US$2 billion have been implemented.                 | 19 projects    | other
            Between Korea and Kazakhstan, 19 projects worth US$2 billion have been implemented.                 | US$2 billion   | other
            Turkish companies have implemented 1,061 projects worth $50 billion in Turkmenistan so far.         | $50 billion    | other
            Kazakhstan and Uzbekistan: 21 projects worth about $1 billion are being explored.                   | $1 billion     | other
            Kazakhstan and Uzbekistan are implementing 38 projects worth $2.2 billion.                           | $2.2 billion   | jointprojects.value
            So far, Russia and Kazakhstan have implemented 93 joint projects totaling $18.3 billion.             | $18.3 billion  | jointprojects.value
            Между Казахстаном и Китаем уже реализовано 15 казахстанско-китайских проектов.                       | 15             | jointprojects.count
            """)
    void shouldLeaveProjectsDoneOrLookedAtAsOtherUnlessCalledJoint(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
