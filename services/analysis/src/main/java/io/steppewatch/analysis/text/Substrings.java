package io.steppewatch.analysis.text;

import java.util.Arrays;

/**
 * Where short strings occur in one text, for readers that ask about many of them in turn ("cette", "this",
 * "этом", "текущ"... each a scan of the whole text with {@link String#indexOf}): the text's positions are chained
 * once by the pair of chars that starts there, and a string is then looked for only where its first two chars
 * stand. The positions found are exactly {@code indexOf}'s, in the same order, overlapping ones included.
 *
 * <p>{@link #of} keeps the index of the last text it was asked about, per thread, so that the readers of one text
 * share one index without passing it along. The index answers for its text only until this thread asks about
 * another: use it at once, don't keep it. Not thread-safe itself: one per thread.
 */
public final class Substrings {

    private static final int BUCKETS = 1 << 12;
    private static final ThreadLocal<Substrings> LAST = ThreadLocal.withInitial(Substrings::new);

    private String text;
    /** The text's chars, copied out once (longer than the text when an earlier text was longer): see {@link #from}. */
    private char[] chars = new char[0];
    /** The first position of each bucket's pairs of chars, or -1. */
    private final int[] first = new int[BUCKETS];
    /** The next position after each position whose pair of chars falls in the same bucket, or -1. */
    private int[] next = new int[0];

    private Substrings() {
    }

    /** The index of {@code text}: built the first time, then the same until this thread asks about another text. */
    public static Substrings of(String text) {
        Substrings index = LAST.get();
        if (index.text != text) {
            index.build(text);
        }
        return index;
    }

    private void build(String text) {
        this.text = text;
        int length = text.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        text.getChars(0, length, chars, 0);
        char[] all = chars;
        int pairs = Math.max(0, length - 1);
        if (next.length < pairs) {
            next = new int[Math.max(pairs, next.length * 2)];
        }
        Arrays.fill(first, -1);
        // From the end, so that each chain runs in text order.
        for (int i = pairs - 1; i >= 0; i--) {
            int bucket = bucket(all[i], all[i + 1]);
            next[i] = first[bucket];
            first[bucket] = i;
        }
    }

    private static int bucket(char a, char b) {
        return (a * 31 + b) & (BUCKETS - 1);
    }

    /** {@code text.indexOf(word)}. */
    public int first(String word) {
        if (word.length() < 2) {
            return text.indexOf(word);
        }
        return from(first[bucket(word.charAt(0), word.charAt(1))], word);
    }

    /** {@code text.indexOf(word, at + 1)}, where {@code at} is where {@code word} was found last. */
    public int next(String word, int at) {
        if (word.length() < 2) {
            return text.indexOf(word, at + 1);
        }
        return from(next[at], word);
    }

    /**
     * The first position from {@code position} on its chain where {@code word} stands: {@code text.startsWith(word, p)}
     * compared on the copied chars, with no call and no test of how the text stores its chars at each of the chain's
     * positions, most of which hold another word of the same first two chars (or of a pair in the same bucket).
     */
    private int from(int position, String word) {
        char[] all = chars;
        int length = word.length();
        int last = text.length() - length; // the last position the whole word fits at
        for (int p = position; p >= 0; p = next[p]) {
            if (p <= last && sameAt(all, p, word, length)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean sameAt(char[] all, int at, String word, int length) {
        for (int k = 0; k < length; k++) {
            if (all[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
