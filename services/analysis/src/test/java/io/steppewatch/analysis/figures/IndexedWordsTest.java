package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.steppewatch.analysis.text.WordIdSet;
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

    @ParameterizedTest
    @ValueSource(strings = {
        "Russia and China took second and third place, with $3.1 billion and $2.2 billion respectively.",
        "На втором и третьем месте Россия и Китай: 3,1 и 2,2 млрд долларов соответственно.",
        "La Russie et la Chine occupent la deuxième et la troisième place, avec 3,1 et 2,2 milliards respectivement.",
    })
    void shouldFindTheWordsOfASetInEveryStretchAsAWalkFindsThem(String text) {
        List<Words.Word> words = Words.split(text);
        IndexedWords indexed = indexed(text, words);
        WordIdSet set = WordIdSet.of(Words.foldAll("respectively", "соответственно", "respectivement", "third",
                "третьем", "troisieme", "2"));
        for (int from = -1; from <= words.size() + 1; from++) {
            for (int to = from - 1; to <= words.size() + 2; to++) {
                assertThat(Subjects.anyIn(indexed, set, from, to)).as("words [%d, %d)", from, to)
                        .isEqualTo(Subjects.anyIn(words, set, from, to));
            }
        }
        int last = words.size() - 1;
        assertThat(Subjects.anyIn(indexed, set, 0, words.size())).isTrue();
        assertThat(Subjects.anyIn(indexed, set, 0, 3)).isFalse();
        assertThat(indexed.nextIn(set, 0)).isLessThan(last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Exports rose. Imports fell.", "Экспорт вырос. Импорт снизился.",
        "Les exportations ont augmenté. Les importations ont baissé."})
    void shouldEndASentenceBeforeAWordExactlyWhereTheGapSaysSo(String text) {
        List<Words.Word> words = Words.split(text);
        IndexedWords indexed = indexed(text, words);
        int breaks = 0;
        for (int at = 1; at < words.size(); at++) {
            boolean ends = Subjects.gapEndsBefore(indexed, at, text);
            assertThat(ends).as("before word %d", at)
                    .isEqualTo(Subjects.gapEndsSentence(text, words.get(at - 1).end(), words.get(at).start()));
            breaks += ends ? 1 : 0;
        }
        assertThat(breaks).isEqualTo(1);
    }

    /** A class of words by a test of the folded form, as the subject rules declare them. */
    private static final Predicate<Words.Word> FOREIGN = word -> Subjects.isWorldwideWord(word.folded());

    @ParameterizedTest
    @ValueSource(strings = {
        "Kazakhstan's foreign trade reached $140 billion, and its total exports grew.",
        "Внешнеторговый оборот Казахстана достиг 140 млрд долларов, общий экспорт вырос.",
        "Le commerce extérieur du Kazakhstan a atteint 140 milliards de dollars, les exportations totales ont crû.",
    })
    void shouldFindEveryWordOfAClassInTurnAsAWalkFindsIt(String text) {
        List<Words.Word> words = Words.split(text);
        IndexedWords indexed = indexed(text, words);
        int found = 0;
        for (int from = 0; from <= words.size(); from++) {
            int next = Subjects.nextWhere(indexed, FOREIGN, from);
            assertThat(next).as("from word %d", from).isEqualTo(Subjects.nextWhere(words, FOREIGN, from));
            found += next == from && from < words.size() ? 1 : 0;
        }
        assertThat(found).as("the one word of foreign trade (not 'total')").isEqualTo(1);
    }
}
