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
        int pairs = Math.max(0, text.length() - 1);
        if (next.length < pairs) {
            next = new int[Math.max(pairs, next.length * 2)];
        }
        Arrays.fill(first, -1);
        // From the end, so that each chain runs in text order.
        for (int i = pairs - 1; i >= 0; i--) {
            int bucket = bucket(text.charAt(i), text.charAt(i + 1));
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

    private int from(int position, String word) {
        for (int p = position; p >= 0; p = next[p]) {
            if (text.startsWith(word, p)) {
                return p;
            }
        }
        return -1;
    }
}
