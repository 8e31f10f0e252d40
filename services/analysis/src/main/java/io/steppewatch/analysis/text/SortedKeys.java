package io.steppewatch.analysis.text;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Binary search by key in the few lists that one reader asks about again and again: the annotator searches the words,
 * figures, mentions, periods and sentences of one article by start offset dozens of times for each figure. Searched
 * through the list, each step calls the list's {@code get} and the key function, both shared by many kinds of list and
 * item and so not inlined by the JIT; here the keys of a list asked about a second time are copied once into an array,
 * and every search after that reads the array.
 *
 * <p>Lists are recognised by identity, so a list must not change while it may be asked about (the annotator's lists
 * of an article are built before its figures are read; a list whose size changed is dropped), and a list must always
 * be searched by the same key. A list asked about once (a view made for one search) is searched directly and never
 * copied. The lists asked about most lately are kept per thread, a handful at a time; the answers are exactly those
 * of the search through the list.
 */
public final class SortedKeys {

    private static final int SLOTS = 8;
    private static final ThreadLocal<SortedKeys> LAST = ThreadLocal.withInitial(SortedKeys::new);

    /** The lists asked about lately, their size when first asked, and their keys once copied (null until then). */
    private final Object[] lists = new Object[SLOTS];
    private final int[] sizes = new int[SLOTS];
    private final int[][] keys = new int[SLOTS][];
    /** When each slot was last asked about (a count of the questions): the slot asked about longest ago goes first. */
    private final long[] used = new long[SLOTS];
    private long questions;

    private SortedKeys() {
    }

    /** Index of the first item whose key is at least {@code key}; items are sorted by key. */
    public static <T> int lowerBound(List<T> items, ToIntFunction<T> keyOf, int key) {
        int[] copied = LAST.get().keysOf(items, keyOf);
        if (copied != null) {
            return lowerBound(copied, items.size(), key);
        }
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

    private static int lowerBound(int[] keys, int size, int key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keys[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The keys of {@code items} if it was asked about before (copied now if not yet), else null. */
    private <T> int[] keysOf(List<T> items, ToIntFunction<T> keyOf) {
        int size = items.size();
        questions++;
        int oldest = 0;
        for (int s = 0; s < SLOTS; s++) {
            if (lists[s] == items) {
                used[s] = questions;
                if (sizes[s] != size) {
                    // changed since: forget it, and search it directly from now on
                    lists[s] = null;
                    keys[s] = null;
                    return null;
                }
                int[] known = keys[s];
                if (known == null) {
                    known = new int[size];
                    for (int i = 0; i < size; i++) {
                        known[i] = keyOf.applyAsInt(items.get(i));
                    }
                    keys[s] = known;
                }
                return known;
            }
            if (used[s] < used[oldest]) {
                oldest = s;
            }
        }
        lists[oldest] = items;
        sizes[oldest] = size;
        keys[oldest] = null;
        used[oldest] = questions;
        return null;
    }
}
