package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.text.Words;

/** The index must answer exactly what a binary search over the list answers, for every offset. */
class StartIndexTest {

    /** The search the index replaces: the first item whose start is at least {@code key}. */
    private static int searched(List<Integer> starts, int key) {
        int low = 0;
        int high = starts.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts.get(mid) < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static void assertSameAsSearch(List<Integer> starts, int length) {
        StartIndex<Integer> index = new StartIndex<>(starts, Integer::intValue, length);
        for (int offset = -3; offset <= length + 5; offset++) {
            assertThat(index.at(offset)).as("offset %d of %s", offset, starts).isEqualTo(searched(starts, offset));
        }
    }

    @Test
    void shouldFindTheFirstWordAtOrAfterEachOffsetWhenTheWordsComeFromASplit() {
        String text = "Le commerce a atteint 5 milliards de dollars en 2024.";
        List<Words.Word> words = Words.split(text);
        StartIndex<Words.Word> index = new StartIndex<>(words, Words.Word::start, text.length());
        assertThat(index.at(0)).isZero();
        assertThat(words.get(index.at(text.indexOf("5 milliards"))).raw()).isEqualTo("5");
        // inside a word: the next word
        assertThat(words.get(index.at(text.indexOf("ommerce"))).raw()).isEqualTo("a");
        assertThat(index.at(text.length())).isEqualTo(words.size());
    }

    @Test
    void shouldAnswerAsTheSearchWhenStartsRepeatOrTheListIsEmpty() {
        assertSameAsSearch(List.of(), 10);
        assertSameAsSearch(List.of(0, 0, 4, 4, 4, 9, 10), 10);
        assertSameAsSearch(List.of(3), 3);
    }

    @Test
    void shouldAnswerAsTheSearchWhenStartsAreOutOfOrderOrOutsideTheText() {
        assertSameAsSearch(List.of(5, 2, 8, 1), 10);
        assertSameAsSearch(List.of(-2, 3, 12, 40), 10);
    }

    @Test
    void shouldAnswerAsTheSearchWhenListsAreRandomAndSorted() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            int length = random.nextInt(60);
            List<Integer> starts = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                starts.add(random.nextInt(length + 1));
            }
            starts.sort(null);
            assertSameAsSearch(starts, length);
        }
    }

    @Test
    void shouldGiveTheSubjectRulesTheWordTheirSearchFindsWhenTheWordsCarryTheirIndex() {
        String text = "Uzbekistan's exports to Russia rose by 12% to $2.1 billion in January-June 2024.";
        List<Words.Word> words = Words.split(text);
        IndexedWords indexed = new IndexedWords(words, new StartIndex<>(words, Words.Word::start, text.length()),
                text);
        assertThat(indexed).containsExactlyElementsOf(words);
        for (int offset = -2; offset <= text.length() + 3; offset++) {
            assertThat(Subjects.indexAt(indexed, offset)).as("offset %d", offset)
                    .isEqualTo(Subjects.indexAt(words, offset));
        }
    }
}
