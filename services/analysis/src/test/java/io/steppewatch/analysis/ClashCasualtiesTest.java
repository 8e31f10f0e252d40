package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Casualties of a clash between two countries' sides take both countries, whichever side's (settled 2026-12-03), and so
 * does what the sentence of such a clash counts beside them: one rule of {@code Subjects} reads the dead or wounded in
 * the figure's sentence and the clash in its paragraph or the lead.
 */
class ClashCasualtiesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            At least 12 Kyrgyz citizens were killed in the clash on the border with Tajikistan, officials said.      | 12 Kyrgyz   | KG,TJ
            Число погибших граждан Кыргызстана в ходе конфликта на границе с Таджикистаном достигло 12 человек.      | 12 человек  | KG,TJ
            Au moins 12 civils kirghiz ont été tués lors des affrontements à la frontière avec le Tadjikistan.       | 12 civils   | KG,TJ
            """)
    void shouldTakeBothSidesOfTheClash(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }

    /** The dead far from the figure, in its sentence: the drugs the slain smugglers carried are the border's, both sides. */
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Four Afghan smugglers killed at the border | Tajikistan says four Afghan drug runners have been shot dead in a clash with border guards while trying to smuggle in roughly 110 pounds (50 kilograms) of drugs. | 50 kilograms | AF,TJ
            Four Afghan smugglers killed at the border | Tajikistan says four Afghan drug runners were killed in a clash with border guards; they tried to smuggle in 50 kilograms of drugs.                          | 50 kilograms | AF,TJ
            """)
    void shouldReadTheDeadAnywhereInTheSentence(String title, String body, String text, String subjects) {
        ArticleText article = new ArticleText("t", title, body, AnalyzedFigures.PUBLISHED, null);
        assertThat(figure(article, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
