package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stems grouped by first char must answer as the plain list of the same stems does. */
class StemsTest {

    private static final List<String> PLAIN = List.of("heroin", "hashish", "origin", "героин", "гашиш", "drogue",
            "ǆ", "ⅷ");
    private static final Stems GROUPED = Stems.copyOf(PLAIN);

    @ParameterizedTest
    @CsvSource({
        "heroine, true",        // English, a stem and more
        "heroin, true",         // the stem itself
        "hero, false",          // shorter than the stem
        "hashishin, true",      // a second stem of the same first char
        "origine, true",        // French
        "drogues, true",
        "героина, true",        // Russian
        "гашиша, true",
        "границы, false",       // a first char some stem has, no stem
        "ǆungla, true",         // a first char of Latin Extended (U+01C6), in the table
        "ⅷe, true",             // a first char past the table (U+2177): every stem is tried
        "ⅶe, false",
        "'', false",            // the empty word
        "trade, false"          // a first char no stem has
    })
    void shouldAnswerAsThePlainListWhenAWordIsAskedAbout(String word, boolean expected) {
        assertThat(Words.startsWithAny(word, GROUPED)).isEqualTo(expected);
        assertThat(Words.startsWithAny(word, PLAIN)).isEqualTo(expected);
        // lists of other classes, a set, and the numbered words' reading (WordStems, grouped) answer alike
        assertThat(Words.startsWithAny(word, new ArrayList<>(PLAIN))).isEqualTo(expected);
        assertThat(Words.startsWithAny(word, new LinkedHashSet<>(PLAIN))).isEqualTo(expected);
        assertThat(WordStems.of(PLAIN).answer(WordIds.NONE, word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"anything", "''"})
    void shouldMatchEveryWordWhenAStemIsEmpty(String word) {
        assertThat(Words.startsWithAny(word, Stems.of("x", ""))).isTrue();
        assertThat(Words.startsWithAny(word, List.of("x", ""))).isTrue();
    }

    @Test
    void shouldKeepItsStemsInOrderWhenReadAsAList() {
        assertThat(GROUPED).containsExactlyElementsOf(PLAIN);
        assertThat(Stems.of("b", "a").get(1)).isEqualTo("a");
    }
}
