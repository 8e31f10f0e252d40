package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum or a flow that "would" governs in its clause ("the deal would raise exports to", "said the line would carry")
 * is a level still to come, a forecast; "would have" is a past that did not happen, and a sum stated plainly stays a
 * level.
 */
class ConditionalGoalTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new agreement would put Kazakh exports to Uzbekistan at about $3 billion a year, the minister said. | $3 billion | TARGET
            Officials said the deal would involve Kazakhstan shipping 4 million tonnes of wheat to Uzbekistan a year.   | 4 million  | TARGET
            Kazakh exports to Uzbekistan reached $3 billion in 2023, the minister said.                                | $3 billion | AMOUNT
            Without the tariffs, Kazakh exports to Uzbekistan would have reached $3 billion in 2023.                    | $3 billion | AMOUNT
            """)
    void shouldReadALevelTheConditionalGovernsAsAGoal(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
