package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.steppewatch.analysis.text.Words;

/**
 * The sentence bounds {@link IndexedWords} reads once per text must be, for every word, the bounds the subject rules'
 * walks from that word find: a figure's parties and periods depend on them.
 */
class IndexedWordsTest {

    private static IndexedWords indexed(String text, List<Words.Word> words) {
        return new IndexedWords(words, new StartIndex<>(words, Words.Word::start, text.length()), text);
    }

    /** The walk back that {@code Subjects.sentenceStart} takes over a plain list. */
    private static int walkedSentenceStart(List<Words.Word> words, int at, String text) {
        int from = at;
        while (from > 0 && !Subjects.endsSentence(text, words.get(from - 1).end())) {
            from--;
        }
        return from;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Exports rose 12% to $3.5 billion in 2024. Imports fell.\nThe ministry (KZ) said so! Did it? Yes, e.g. twice.",
        "Экспорт составил 118 тыс. тонн, или 2,5 млн. долларов. Импорт вырос на 5%.\n\nВ 2024 г. рост продолжился",
        "Les échanges ont atteint 4,2 milliards de dollars. Le port a traité 50 000 EVP !\nM. Tokaïev l'a dit.",
        "One",
        "...",
    })
    void shouldGiveEveryWordTheSentenceBoundsTheWalksFindWhenTheWordsKnowTheirText(String text) {
        List<Words.Word> words = Words.split(text);
        IndexedWords indexed = indexed(text, words);
        for (int at = 0; at < words.size(); at++) {
            assertThat(Subjects.gapSentenceStart(indexed, at, text)).as("gap start of word %d", at)
                    .isEqualTo(Subjects.gapSentenceStart(words, at, text));
            assertThat(Subjects.sentenceEnd(indexed, at, text)).as("gap end of word %d", at)
                    .isEqualTo(Subjects.sentenceEnd(words, at, text));
            assertThat(indexed.sentenceStart(at)).as("start of word %d", at)
                    .isEqualTo(walkedSentenceStart(words, at, text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Trade grew. Imports fell. Exports rose.",
        "Товарооборот вырос. Импорт снизился. Экспорт увеличился.",
        "Le commerce a augmenté. Les importations ont baissé. Les exportations ont progressé.",
    })
    void shouldSplitThreeSentencesWhenEachEndsWithAFullStop(String text) {
        List<Words.Word> words = Words.split(text);
        IndexedWords indexed = indexed(text, words);
        int last = words.size() - 1;
        assertThat(indexed.gapSentenceStart(last)).isGreaterThan(indexed.gapSentenceStart(0));
        assertThat(indexed.gapSentenceEnd(0)).isEqualTo(indexed.gapSentenceStart(indexed.gapSentenceEnd(0)));
        assertThat(indexed.gapSentenceEnd(last)).isEqualTo(words.size());
        assertThat(indexed.sentenceStart(last)).isEqualTo(indexed.gapSentenceStart(last));
        assertThat(List.of(indexed.gapSentenceStart(0), indexed.gapSentenceStart(indexed.gapSentenceEnd(0)),
                indexed.gapSentenceStart(last))).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Exports rose. Imports fell.", "Экспорт вырос. Импорт снизился."})
    void shouldWalkTheWordsWhenAskedAboutAnotherText(String text) {
        List<Words.Word> words = Words.split(text);
        IndexedWords indexed = indexed(text, words);
        String other = new String(text); // equal, but not the text the words were split from
        assertThat(indexed.isOf(other)).isFalse();
        assertThat(Subjects.sentenceEnd(indexed, 0, other)).isEqualTo(Subjects.sentenceEnd(words, 0, text));
    }
}
