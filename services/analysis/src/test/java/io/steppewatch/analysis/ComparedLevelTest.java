package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The level a goal or forecast is set against, with its own past year ("compared to 310 thousand tons in 2021",
 * "contre 4 milliards en 2024"), is a level reached, not the goal; the goal itself stays one.
 */
class ComparedLevelTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan plans to export 400 thousand tons of cotton yarn this year, compared to 310 thousand tons in 2021. | 310 thousand tons     | AMOUNT
            Uzbekistan plans to export 400 thousand tons of cotton yarn this year, compared to 310 thousand tons in 2021. | 400 thousand tons     | TARGET
            Les échanges entre les deux pays devraient atteindre 5 milliards de dollars en 2026, contre 4 milliards en 2024. | 4 milliards          | AMOUNT
            Les échanges entre les deux pays devraient atteindre 5 milliards de dollars en 2026, contre 4 milliards en 2024. | 5 milliards de dollars | TARGET
            """)
    void shouldReadTheLevelAGoalIsSetAgainstAsALevel(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
