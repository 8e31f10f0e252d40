package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum or a flow that a noun or gerund of attaining names ("achieving", "the achievement of", "достижение" in any
 * case) in its clause is a level still to be reached, a goal; the verb in the past and "reaching" after a change
 * still name a level reached.
 */
class LevelToAttainTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Achieving a trade turnover of $3 billion between Kazakhstan and Uzbekistan is within reach, the minister said. | $3 billion | TARGET
            The ministers discussed steps toward the achievement of $3 billion in trade between Kazakhstan and Uzbekistan. | $3 billion | TARGET
            Стороны обсудили меры для достижения товарооборота между Казахстаном и Узбекистаном в 3 млрд долларов.         | 3 млрд     | TARGET
            Министры выразили уверенность в достижении объемов перевозок между Казахстаном и Узбекистаном до 12 млн тонн.   | 12 млн     | TARGET
            Kazakhstan achieved trade of $3 billion with Uzbekistan in 2023.                                               | $3 billion | AMOUNT
            Trade between Kazakhstan and Uzbekistan grew by 10 percent in 2023, reaching $3 billion.                       | $3 billion | AMOUNT
            """)
    void shouldReadALevelToAttainAsAGoal(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
