package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordIdSet;
import io.steppewatch.analysis.text.Words;

/**
 * What the subject rules keep between figures to read a text faster must answer as reading it afresh does: the
 * sentence start kept from the offset asked before, and a class of words read word by word in a short stretch but
 * from a table of the whole text in a long one.
 */
class SubjectsReadingsTest {

    private static final String LONG_TEXT = ("Exports to China rose 12% to $3.5 billion in 2024, and imports fell. "
            + "The ministry said so! Did it? Yes, e.g. twice.\nЭкспорт составил 118 тыс. тонн, или 2,5 млн. долларов. "
            + "Le port a traité 50 000 EVP, soit la troisième place.\n\n").repeat(6) + "Trade grew respectively.";

    /** Where the sentence holding {@code offset} starts, read back char by char as the rules did. */
    private static int walkedBack(String text, int offset) {
        int start = offset;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && Sentences.endsSentence(text, start - 1)) {
                break;
            }
            start--;
        }
        return start;
    }

    @Test
    void shouldFindEverySentenceStartAsAWalkBackWhateverOrderTheOffsetsAreAskedIn() {
        String text = LONG_TEXT;
        int[] order = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            order[i] = i; // forwards, as the figures of a text ask
        }
        for (int offset : order) {
            assertThat(Subjects.sentenceStartOffset(text, offset)).as("offset %d", offset)
                    .isEqualTo(walkedBack(text, offset));
        }
        for (int i = text.length(); i >= 0; i -= 7) { // backwards, and skipping
            assertThat(Subjects.sentenceStartOffset(text, i)).as("offset %d", i).isEqualTo(walkedBack(text, i));
        }
        String other = "Imports fell. " + text; // another text between two questions about one
        assertThat(Subjects.sentenceStartOffset(other, 20)).isEqualTo(walkedBack(other, 20)).isEqualTo(13);
        assertThat(Subjects.sentenceStartOffset(text, 30)).isEqualTo(walkedBack(text, 30));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, 130})
    void shouldFindTheWordsOfASetInShortAndLongStretchesAsAWalkFindsThem(int length) {
        List<Words.Word> words = Words.split(LONG_TEXT);
        IndexedWords indexed = new IndexedWords(words,
                new StartIndex<>(words, Words.Word::start, LONG_TEXT.length()), LONG_TEXT);
        WordIdSet set = WordIdSet.of(Words.foldAll("respectively", "troisieme", "ministry"));
        assertThat(words.size()).isGreaterThan(200);
        int found = 0;
        for (int from = -1; from <= words.size(); from++) {
            boolean walked = false;
            for (int i = Math.max(0, from); i < Math.min(from + length, words.size()); i++) {
                walked |= set.contains(words.get(i));
            }
            assertThat(Subjects.anyIn(indexed, set, from, from + length)).as("words [%d, +%d)", from, length)
                    .isEqualTo(walked);
            found += walked ? 1 : 0;
        }
        assertThat(found).isPositive();
    }
}
