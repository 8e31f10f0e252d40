package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.text.Words;

class SentenceGateTest {

    private static final SentenceGate DRILLS = new SentenceGate(
            Pattern.compile("\\b(?:drills?|учени\\w*)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
            List.of("drill", "учени"));

    private static boolean finds(String sentence) {
        return DRILLS.finds(sentence, sentence.toLowerCase(Locale.ROOT));
    }

    @Test
    void shouldRunThePatternWhereAKeyStands() {
        assertThat(finds("The CSTO held two DRILLS in Tajikistan.")).isTrue();
        assertThat(finds("В Таджикистане прошли УЧЕНИЯ ОДКБ.")).isTrue();
    }

    @Test
    void shouldAnswerAsThePatternWhenAKeyStandsOutsideAWord() {
        // "drilling" holds the key but is no match of the pattern: the gate says what the pattern says
        assertThat(finds("Drilling at the field reached 40 wells.")).isFalse();
    }

    @Test
    void shouldFindNothingWithoutAKey() {
        assertThat(finds("Trade reached $5 billion in 2024.")).isFalse();
    }

    @Test
    void shouldReadTheFoldedTextWithAFoldedGate() {
        SentenceGate union = SentenceGate.onFolded(Pattern.compile("union douaniere"), List.of("union douaniere"));
        String folded = Words.fold("Les échanges avec l'Union douanière");
        assertThat(union.finds(folded, folded)).isTrue();
        assertThatThrownBy(() -> SentenceGate.onFolded(Pattern.compile("douanière"), List.of("douanière")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAnswerByTheLiteralsAloneWithALiteralsGate() {
        // the rule's own pattern runs on a stretch of the sentence afterwards: the gate only says whether it may match
        SentenceGate would = SentenceGate.literals(List.of("would"));
        String sentence = "The new line WOULD carry freight, analysts said.";
        assertThat(would.finds(sentence, sentence.toLowerCase(Locale.ROOT))).isTrue();
        String without = "The new line carries freight.";
        assertThat(would.finds(without, without.toLowerCase(Locale.ROOT))).isFalse();
    }

    @Test
    void shouldAnswerAsTheWholeSearchWhenTriedOnlyWhereAMatchCanStart() {
        // the pattern tried only at a key, or at a digit, says what a search of the whole sentence says: a word
        // boundary still sees the text before the key, and a dotless "ı" the pattern folds to "i" sends the gate
        // back to the whole search
        SentenceGate sold = SentenceGate.startingAtKeys(Pattern.compile("\\b(?:deliver\\w*|sold)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
                List.of("deliver", "sold"));
        SentenceGate world = SentenceGate.startingAt(Pattern.compile("\\d+\\s*countries\\b|\\babroad\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
                List.of("countr", "abroad"), List.of("abroad"), true);
        for (String sentence : List.of("Cherries were SOLD to 14 countries.", "They were resold at home.",
                "Fruit delivered ABROAD", "Fruit went to 14 COUNTRIES", "No countries here, sold out",
                "Delıvered, deliver", "Undelivered: 3 countriesque")) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            assertThat(sold.finds(sentence, lower)).as(sentence).isEqualTo(sold.pattern().matcher(sentence).find());
            assertThat(world.finds(sentence, lower)).as(sentence)
                    .isEqualTo(lower.contains("countr") || lower.contains("abroad")
                            ? world.pattern().matcher(sentence).find() : false);
        }
    }

    @Test
    void shouldRefuseAKeyNotInLowerCase() {
        assertThatThrownBy(() -> new SentenceGate(Pattern.compile("Drill"), List.of("Drill")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
