package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts of drills and of the troops in them take the forces that take part, never the host as such nor the
 * neighbour whose border the drills are near; the bloc when no contingent is named (settled 2026-12-03).
 */
class DrillPartiesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The CSTO drills in Kyrgyzstan near the border with China will involve some 3,000 troops.              | 3,000 troops        | CSTO
            В учениях ОДКБ в Киргизии у границы с Китаем примут участие около 3000 военнослужащих.                | 3000 военнослужащих | CSTO
            Les exercices de l'OTSC au Kirghizistan, près de la frontière avec la Chine, mobilisent 3000 militaires. | 3000 militaires   | CSTO
            About 900 servicemen of Russia's Central Military District will take part in the CSTO drills in Kyrgyzstan. | 900 servicemen  | RU
            """)
    void shouldTakeTheForcesThatTakePart(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }

    // Each count of a sentence asks of each of its countries whether it is named as a place, and the answer is kept
    // for the next count: the second count reads the same as the first, and a country near the sentence's start
    // is read in its own sentence only (the one before names Russia's forces, which do not make Tajikistan a party).
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The CSTO drills in Kyrgyzstan near the border with China will involve some 3,000 troops and 200 vehicles. | 3,000 troops | CSTO
            The CSTO drills in Kyrgyzstan near the border with China will involve some 3,000 troops and 200 vehicles. | 200 vehicles | CSTO
            Troops of Russia arrived by rail. Tajikistan hosts the CSTO drills with 2,000 troops and 90 tanks.     | 2,000 troops | TJ
            Troops of Russia arrived by rail. Tajikistan hosts the CSTO drills with 2,000 troops and 90 tanks.     | 90 tanks     | TJ
            Troops arrived. In Tajikistan the CSTO drills involve 2,000 troops and 90 tanks.                        | 2,000 troops | CSTO
            Troops arrived. In Tajikistan the CSTO drills involve 2,000 troops and 90 tanks.                        | 90 tanks     | CSTO
            """)
    void shouldReadEveryCountOfADrillSentenceAlikeWhenItsCountriesAreAskedAgain(String body, String text,
                                                                              String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
