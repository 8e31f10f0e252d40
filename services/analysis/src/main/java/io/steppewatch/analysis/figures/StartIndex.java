package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * For a list of items of one text sorted by start offset (its words, sentences, mentions, figures, periods): the index
 * of the first item starting at or after any offset, read from one array instead of searched for. The annotator's
 * rules ask this dozens of times per figure (the word before the figure, the periods of its sentence...), and a
 * binary search through a key function shared by five kinds of item was the largest single cost of the rules.
 *
 * <p>The items' starts are read into an array on the first question (a list never asked about costs nothing), with
 * the count of items before every eighth offset: a question reads that count and steps over the one or two starts
 * that follow. A list whose starts are not in order, or an offset outside the text, is answered by the binary search
 * the arrays replace, so the answer is always the search's.
 */
final class StartIndex<T> {

    /** Offsets per bucket (a power of two): a word or two of text, so that few items share one. */
    private static final int SHIFT = 3;

    private final List<T> items;
    private final ToIntFunction<T> startOf;
    private final int length;
    /** The items' starts, read once; null until asked, empty if they are out of order. */
    private int[] starts;
    /** {@code buckets[b]}: how many items start before offset {@code b << SHIFT}. */
    private int[] buckets;

    StartIndex(List<T> items, ToIntFunction<T> startOf, int textLength) {
        this.items = items;
        this.startOf = startOf;
        this.length = textLength;
    }

    /** Index of the first item whose start is at least {@code offset}. */
    int at(int offset) {
        if (starts == null) {
            build();
        }
        int[] table = buckets;
        if (offset >= 0 && (offset >> SHIFT) < table.length) {
            int[] s = starts;
            int i = table[offset >> SHIFT];
            while (i < s.length && s[i] < offset) {
                i++;
            }
            return i;
        }
        return search(offset);
    }

    private void build() {
        int n = items.size();
        int[] read = new int[n];
        for (int i = 0; i < n; i++) {
            read[i] = startOf.applyAsInt(items.get(i));
            if (i > 0 && read[i] < read[i - 1]) {
                starts = new int[0];
                buckets = new int[0]; // not in order: every question goes to the search
                return;
            }
        }
        int[] table = new int[((length + 1) >> SHIFT) + 1];
        int i = 0;
        for (int b = 0; b < table.length; b++) {
            int from = b << SHIFT;
            while (i < n && read[i] < from) {
                i++;
            }
            table[b] = i;
        }
        starts = read;
        buckets = table;
    }

    private int search(int key) {
        return lowerBound(items, startOf, key);
    }

    /** Index of the first item whose key is at least {@code key}; items are sorted by key. */
    static <E> int lowerBound(List<E> items, ToIntFunction<E> keyOf, int key) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keyOf.applyAsInt(items.get(mid)) < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
