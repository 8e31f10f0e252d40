package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link FigurePeriods#saysAsOf} looks at the char after "a" or "п" before it compares the whole phrase: it must
 * answer as {@link String#regionMatches(boolean, int, String, int, int)} alone did, whatever that char is.
 */
class SaysAsOfTest {

    @Test
    void shouldAnswerAsRegionMatchesDidWhenAnyCharFollowsTheFirstLetter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String first : new String[] {"a", "A"}) {
                String text = "x " + first + (char) c + " of 9:30";
                assertThat(FigurePeriods.saysAsOf(text, 0, text.length()))
                        .as("U+%04X after %s", c, first)
                        .isEqualTo(text.regionMatches(true, 2, "as of", 0, 5));
            }
            for (String first : new String[] {"п", "П"}) {
                String text = "x " + first + (char) c + " состоянию на 10:00";
                assertThat(FigurePeriods.saysAsOf(text, 0, text.length()))
                        .as("U+%04X after %s", c, first)
                        .isEqualTo(text.regionMatches(true, 2, "по состоянию на", 0, 15));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "As of 9:30, 210 lorries waited|true",
        "AS OF TODAY|true",
        "aſ of 9:30|true",
        "По состоянию на 10:00|true",
        "пᲂ состоянию на 10:00|true",
        "based on figures|false",
        "по данным ведомства|false"})
    void shouldFindThePhraseInAnyCaseWhenItStandsInTheSentence(String sentence, boolean says) {
        assertThat(FigurePeriods.saysAsOf(sentence, 0, sentence.length())).isEqualTo(says);
    }

    @Test
    void shouldNotFindThePhraseWhenItRunsPastTheSentenceEnd() {
        String text = "Trade grew as of. Then";
        assertThat(FigurePeriods.saysAsOf(text, 0, 15)).isFalse(); // "as of" ends at 16
        assertThat(FigurePeriods.saysAsOf(text, 0, 16)).isTrue();
        assertThat(FigurePeriods.saysAsOf("as o", 0, 4)).isFalse();
    }
}
