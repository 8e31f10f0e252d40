package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The people a clash struck, by the words each language counts them with ("lost their lives", "эвакуированы",
 * "қаза тапты", "halok bo'ldi") and a clash named by its shelling ("обстрел", "shelling"), take both sides of the
 * clash (LABEL-FIXES "Casualties of a clash: both sides"; the labels give the evacuated both sides too); so does a
 * count whose own words name no side, under a paragraph that names the two.
 */
class ClashCasualtyWordsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The shelling of border villages from Tajikistan lasted two days. Kyrgyzstan's health ministry said 45 of its citizens lost their lives. | 45 of its citizens | KG,TJ
            Hostilities broke out on the Tajik border. Kyrgyz officials said 20,000 residents were evacuated from the Batken region.                | 20,000 residents   | KG,TJ
            Таджикистан обстрелял приграничные села. По данным Кыргызстана, эвакуированы 25 000 жителей.                                           | 25 000 жителей     | KG,TJ
            Тәжікстан әскерлері шекарада атқылау жүргізді. Қырғызстан тарапынан 12 адам қаза тапты.                                               | 12 адам            | KG,TJ
            Tojikiston chegarasida to'qnashuv bo'ldi. Qirg'iziston tomonida 9 kishi halok bo'ldi.                                                  | 9 kishi            | KG,TJ
            """)
    void shouldTakeBothSidesForTheWordsOfEachLanguage(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }

    /** The side is written beside the next figure only: the count keeps the clash its paragraph names. */
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le Tadjikistan accuse son voisin d'avoir rompu la trêve. Au moins 17 personnes ont été tuées et 30 blessées du côté kirghize depuis le début des combats. | 17 personnes | KG,TJ
            """)
    void shouldTakeTheParagraphsTwoSidesWhenTheCountNamesNone(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
