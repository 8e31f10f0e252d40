package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A height or depth a structure is still to reach is a goal (gold-o's dam and border wall, team a's port depth),
 * while a length stays an amount whether the road or bridge is planned or built.
 */
class PlannedHeightsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new dam on the Vakhsh will be 300 metres high.                                          | 300 metres | TARGET
            The port plans to reach a depth of 8 metres in its outer basin.                             | 8 metres   | TARGET
            The old dam on the Vakhsh is 300 metres high.                                               | 300 metres | AMOUNT
            The new bridge over the Vakhsh will be 300 metres long.                                     | 300 metres | AMOUNT
            Высота новой плотины на Вахше составит 300 метров.                                          | 300 метров | TARGET
            Вдоль канала построят дамбу высотой 4 метра.                                                | 4 метра    | TARGET
            Высота старой плотины на Вахше составляет 300 метров.                                       | 300 метров | AMOUNT
            Длина нового моста через Вахш составит 300 метров.                                          | 300 метров | AMOUNT
            Le nouveau barrage sur le Vakhch mesurera 300 mètres de hauteur.                            | 300 mètres | TARGET
            Le long du canal, on construira une digue de 4 mètres de haut.                              | 4 mètres   | TARGET
            L'ancien barrage sur le Vakhch mesure 300 mètres de hauteur.                                | 300 mètres | AMOUNT
            Le nouveau pont sur le Vakhch mesurera 300 mètres de long.                                  | 300 mètres | AMOUNT
            """)
    void shouldReadAHeightStillToBeReachedAsAGoal(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
