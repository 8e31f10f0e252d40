package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SortedKeysTest {

    private static int plainLowerBound(List<Integer> items, int key) {
        int i = 0;
        while (i < items.size() && items.get(i) < key) {
            i++;
        }
        return i;
    }

    @Test
    void shouldAnswerAsAPlainSearchWhenAListIsAskedAboutAgainAndAgain() {
        List<Integer> starts = List.of(0, 4, 4, 9, 15, 22, 30);
        for (int round = 0; round < 3; round++) { // first ask, the ask that copies the keys, asks that read them
            for (int key = -1; key <= 32; key++) {
                assertThat(SortedKeys.lowerBound(starts, Integer::intValue, key)).as("key %d", key)
                        .isEqualTo(plainLowerBound(starts, key));
            }
        }
    }

    @Test
    void shouldSearchTheNewContentWhenAListGrowsAfterItsKeysWereCopied() {
        List<Integer> starts = new ArrayList<>(List.of(2, 5, 8));
        SortedKeys.lowerBound(starts, Integer::intValue, 5);
        SortedKeys.lowerBound(starts, Integer::intValue, 5);
        starts.add(12);
        assertThat(SortedKeys.lowerBound(starts, Integer::intValue, 10)).isEqualTo(3);
        assertThat(SortedKeys.lowerBound(starts, Integer::intValue, 13)).isEqualTo(4);
    }

    @Test
    void shouldKeepEachListApartWhenManyListsAreAskedAboutInTurn() {
        List<List<Integer>> lists = new ArrayList<>();
        for (int n = 0; n < 20; n++) { // more lists than the cache holds
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                starts.add(i * (n + 1));
            }
            lists.add(starts);
        }
        for (int round = 0; round < 3; round++) {
            for (List<Integer> starts : lists) {
                for (int key = 0; key < 450; key += 7) {
                    assertThat(SortedKeys.lowerBound(starts, Integer::intValue, key))
                            .isEqualTo(plainLowerBound(starts, key));
                }
            }
        }
    }
}
