package io.steppewatch.analysis.text;

import java.util.Arrays;

/**
 * The words one thread has split lately, by their text as written: a word met again (news repeats most of its
 * words) gets the strings and the {@link WordIds} number of its first reading, with no copy of its chars, no
 * folding and no lookup in the process-wide map, which together cost more than the split's own scan.
 *
 * <p>Open addressing on the word's {@link String#hashCode}, which the caller computes as it scans the chars, before
 * any string exists. A word's entry is a function of its chars, so a word read from here is the word read afresh; only
 * the string instances are shared, and strings are compared by their content everywhere. When the table is full it
 * is emptied and fills again with the words that come next, so memory stays capped whatever the text. Not
 * thread-safe: one per thread ({@link #forThisThread}).
 *
 * <p>A slot's chars are kept in one shared array, its numbers (hash, where its chars are, length, word number) side
 * by side in another, and its strings in arrays of their own, so that a lookup reads the slot's numbers and its chars
 * instead of following a word to its string to that string's bytes: the split asks this of every word of every
 * article, and those chained reads, each likely a cache miss, were the split's largest cost.
 */
final class WordCache {

    /** Slots; at most half are used, so that a probe ends soon on a free slot. */
    private static final int SLOTS = 1 << 15;
    private static final int MAX_WORDS = SLOTS / 2;
    /** Room for the kept words' chars: sixteen chars a word on average before the table is emptied. */
    private static final int MAX_CHARS = MAX_WORDS * 16;

    private static final ThreadLocal<WordCache> CACHES = ThreadLocal.withInitial(WordCache::new);

    /**
     * Four ints per slot, side by side so that a probe reads one cache line: the raw form's hash, where its chars
     * start in {@link #chars}, how many there are (0: a free slot), and its {@link WordIds} number.
     */
    private final int[] slots = new int[SLOTS * 4];
    private static final int HASH = 0;
    private static final int OFFSET = 1;
    private static final int LENGTH = 2;
    private static final int ID = 3;
    private final String[] raws = new String[SLOTS];
    private final String[] foldeds = new String[SLOTS];
    private final char[] chars = new char[MAX_CHARS];
    private int size;
    private int used;

    private WordCache() {
    }

    static WordCache forThisThread() {
        return CACHES.get();
    }

    /**
     * The slot of the word first read from the same chars as {@code text[start, end)}, whose hash is {@code hash}, or
     * -1. The empty word is never kept.
     */
    int find(char[] text, int start, int end, int hash) {
        int length = end - start;
        int mask = SLOTS - 1;
        int[] table = slots;
        for (int i = spread(hash) & mask; table[4 * i + LENGTH] != 0; i = (i + 1) & mask) {
            if (table[4 * i + HASH] == hash && table[4 * i + LENGTH] == length
                    && sameChars(table[4 * i + OFFSET], text, start, length)) {
                return i;
            }
        }
        return -1;
    }

    String raw(int slot) {
        return raws[slot];
    }

    String folded(int slot) {
        return foldeds[slot];
    }

    int id(int slot) {
        return slots[4 * slot + ID];
    }

    /** Keeps {@code word}, whose raw form hashes to {@code hash}; the caller found no word with its chars. */
    void add(Words.Word word, int hash) {
        String raw = word.raw();
        int length = raw.length();
        if (length == 0 || length > MAX_CHARS) {
            return;
        }
        if (size >= MAX_WORDS || used + length > MAX_CHARS) {
            Arrays.fill(slots, 0);
            Arrays.fill(raws, null);
            Arrays.fill(foldeds, null);
            size = 0;
            used = 0;
        }
        int mask = SLOTS - 1;
        int i = spread(hash) & mask;
        while (slots[4 * i + LENGTH] != 0) {
            i = (i + 1) & mask;
        }
        raw.getChars(0, length, chars, used);
        slots[4 * i + HASH] = hash;
        slots[4 * i + OFFSET] = used;
        slots[4 * i + LENGTH] = length;
        slots[4 * i + ID] = word.id();
        raws[i] = raw;
        foldeds[i] = word.folded();
        used += length;
        size++;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** A plain loop: words are a few chars long, too short for {@code Arrays.equals}' range checks and call to pay. */
    private boolean sameChars(int offset, char[] text, int start, int length) {
        char[] kept = chars;
        for (int k = 0; k < length; k++) {
            if (kept[offset + k] != text[start + k]) {
                return false;
            }
        }
        return true;
    }
}
