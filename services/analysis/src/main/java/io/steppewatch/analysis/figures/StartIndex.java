package io.steppewatch.analysis.figures;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * For a list of items of one text sorted by start offset (its words, sentences, mentions, figures, periods): the index
 * of the first item starting at or after any offset, read from one array instead of searched for. The annotator's
 * rules ask this dozens of times per figure (the word before the figure, the periods of its sentence...), and a
 * binary search through a key function shared by five kinds of item was the largest single cost of the rules.
 *
 * <p>The array (one int per char of the text) is filled on the first question, so a list never asked about costs
 * nothing. A list whose starts are not in order, or an offset outside the text, is answered by the binary search the
 * array replaces, so the answer is always the search's.
 */
final class StartIndex<T> {

    private final List<T> items;
    private final ToIntFunction<T> startOf;
    private final int length;
    /** {@code first[offset]}: how many items start before {@code offset}; null until asked, empty if out of order. */
    private int[] first;

    StartIndex(List<T> items, ToIntFunction<T> startOf, int textLength) {
        this.items = items;
        this.startOf = startOf;
        this.length = textLength;
    }

    /** Index of the first item whose start is at least {@code offset}. */
    int at(int offset) {
        int[] table = first;
        if (table == null) {
            table = build();
            first = table;
        }
        if (offset >= 0 && offset < table.length) {
            return table[offset];
        }
        return search(offset);
    }

    private int[] build() {
        int n = items.size();
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = startOf.applyAsInt(items.get(i));
            if (i > 0 && starts[i] < starts[i - 1]) {
                return new int[0]; // not in order: every question goes to the search
            }
        }
        int[] table = new int[length + 2];
        // table[offset] is i for the offsets after the start of item i - 1, up to its own start
        int offset = 0;
        for (int i = 0; i < n && offset < table.length; i++) {
            int upTo = Math.min(starts[i], table.length - 1) + 1;
            if (upTo > offset) {
                Arrays.fill(table, offset, upTo, i);
                offset = upTo;
            }
        }
        Arrays.fill(table, offset, table.length, n);
        return table;
    }

    private int search(int key) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (startOf.applyAsInt(items.get(mid)) < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
