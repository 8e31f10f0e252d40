package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cost of one project that its sentence splits between the sides, naming one side's share, is the value of a joint
 * project, {@code jointprojects.value} (decision 61 of round 38: "a project built with both sides' money"); the share
 * itself, and a project's cost with no share of a side, stay {@code other}.
 */
class SharedProjectCostTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Kyrgyzstan are building a bridge on the Chu river. The project, worth $40 million, of which $25 million comes from the Kyrgyz side, should open next year. | $40 million | jointprojects.value
            Kazakhstan and Kyrgyzstan are building a bridge on the Chu river. The project, worth $40 million, of which $25 million comes from the Kyrgyz side, should open next year. | $25 million | other
            Казахстан и Кыргызстан строят мост через реку Чу. Стоимость проекта – 40 млн долларов, из них 25 млн долларов выделит кыргызская сторона. | 40 млн долларов | jointprojects.value
            Kazakhstan and Kyrgyzstan are building a bridge on the Chu river. The project, worth $40 million, should open next year. | $40 million | other
            """)
    void shouldReadAProjectCostSplitBetweenTheSidesAsAJointProjectsValue(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
