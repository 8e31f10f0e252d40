package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SubstringsTest {

    private static List<Integer> byIndexOf(String text, String word) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static List<Integer> byIndex(String text, String word) {
        Substrings index = Substrings.of(text);
        List<Integer> found = new ArrayList<>();
        for (int at = index.first(word); at >= 0; at = index.next(word, at)) {
            found.add(at);
        }
        return found;
    }

    @Test
    void shouldFindWhatIndexOfFindsWhenWordsOverlapRepeatOrAreMissing() {
        String text = "en cours de l'annee en cours, ananas; за 9 месяцев этого года и в этом году. aaaa dans ans";
        for (String word : List.of("en cours", "an", "ana", "aa", "ans", "этом", "месяц", "мес.", "года", "a",
                "absent", "s", "ans ", "dans ans")) {
            assertThat(byIndex(text, word)).as(word).isEqualTo(byIndexOf(text, word));
        }
    }

    @Test
    void shouldIndexTheTextAskedAboutWhenTextsAlternate() {
        String first = "last year and this year";
        String second = "l'an dernier, this month";
        assertThat(byIndex(first, "this")).containsExactly(14);
        assertThat(byIndex(second, "this")).containsExactly(14);
        assertThat(byIndex(second, "last")).isEmpty();
        assertThat(byIndex(first, "last")).containsExactly(0);
        assertThat(byIndex("", "last")).isEmpty();
        assertThat(byIndex("x", "x")).containsExactly(0);
    }

    @Test
    void shouldForgetTheLastTextWhenAShortTextFollowsALongOneAndTheOtherWayRound() {
        String longText = "this month ".repeat(400) + "cette annee, в этом году";
        String shortText = "в этом месяце";
        String other = "au cours de cette annee";
        for (String text : List.of(longText, shortText, other, longText, other, shortText)) {
            for (String word : List.of("this", "cette", "этом", "annee", "месяц", "th", "au")) {
                assertThat(byIndex(text, word)).as(word + " in " + text.length() + " chars")
                        .isEqualTo(byIndexOf(text, word));
            }
        }
    }
}
