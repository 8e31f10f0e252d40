package io.steppewatch.analysis.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number for each folded word seen, shared by the whole process: a word of an article is looked up here once,
 * when the article is split, and every reader after that (the gazetteer, the cue and topic lexicons, the stemmer)
 * finds what it knows of the word in an array at that number, instead of hashing and walking the word again.
 *
 * <p>News reuses a bounded vocabulary; the numbers stop at {@link #LIMIT} so that the memory stays capped. A word
 * first seen after that has no number ({@link #NONE}) and its readers take their slower path: the results are the
 * same, only slower. A word's number never changes once given, so it is a function of the word. Thread-safe.
 */
public final class WordIds {

    /** The word has no number: read it the slow way. */
    public static final int NONE = -1;
    /** How many words get a number (about 10 MB of words and per-reader slots at most). */
    public static final int LIMIT = 1 << 17;

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private WordIds() {
    }

    /** The number of a folded word, or {@link #NONE}. */
    public static int of(String folded) {
        Integer known = IDS.get(folded);
        if (known != null) {
            return known < LIMIT ? known : NONE;
        }
        if (NEXT.get() >= LIMIT) {
            return NONE;
        }
        int id = IDS.computeIfAbsent(folded, k -> NEXT.getAndIncrement());
        // two threads may both pass the check above at the limit: a number past it counts as none, always
        return id < LIMIT ? id : NONE;
    }

    /**
     * The length to grow a table indexed by word number to, so that it holds {@code id}: at least doubled (from 1,024),
     * never past {@link #LIMIT}.
     */
    public static int tableLength(int id, int length) {
        return Math.min(LIMIT, Math.max(id + 1, Math.max(1024, length * 2)));
    }
}
