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
 */
final class WordCache {

    /** Slots; at most half are used, so that a probe ends soon on a free slot. */
    private static final int SLOTS = 1 << 15;
    private static final int MAX_WORDS = SLOTS / 2;

    private static final ThreadLocal<WordCache> CACHES = ThreadLocal.withInitial(WordCache::new);

    private final int[] hashes = new int[SLOTS];
    /** A word as first read, at the slot of its raw form; null for a free slot. */
    private final Words.Word[] words = new Words.Word[SLOTS];
    private int size;

    private WordCache() {
    }

    static WordCache forThisThread() {
        return CACHES.get();
    }

    /** The word first read from the same chars as {@code text[start, end)}, whose hash is {@code hash}, or null. */
    Words.Word find(CharSequence text, int start, int end, int hash) {
        int mask = SLOTS - 1;
        for (int i = spread(hash) & mask; words[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && sameChars(words[i].raw(), text, start, end)) {
                return words[i];
            }
        }
        return null;
    }

    /** Keeps {@code word}, whose raw form hashes to {@code hash}; the caller found no word with its chars. */
    void add(Words.Word word, int hash) {
        if (size >= MAX_WORDS) {
            Arrays.fill(words, null);
            size = 0;
        }
        int mask = SLOTS - 1;
        int i = spread(hash) & mask;
        while (words[i] != null) {
            i = (i + 1) & mask;
        }
        words[i] = word;
        hashes[i] = hash;
        size++;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static boolean sameChars(String raw, CharSequence text, int start, int end) {
        int length = end - start;
        if (raw.length() != length) {
            return false;
        }
        if (text instanceof String s) {
            return s.regionMatches(start, raw, 0, length);
        }
        for (int k = 0; k < length; k++) {
            if (raw.charAt(k) != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }
}
