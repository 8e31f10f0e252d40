package io.steppewatch.analysis.text;

import java.util.Arrays;
import java.util.List;

/**
 * Stems asked about with the {@link Words.Word}s of a text: whether a word's folded form starts with one of them,
 * decided once per {@link WordIds} number and then read from a table, so that a word met again is answered without
 * reading its chars. Words without a number are compared afresh. The answers equal
 * {@link Words#startsWithAny(String, java.util.Collection)}'s. Thread-safe.
 */
public final class WordStems {

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final List<String> stems;
    /**
     * The answer for each numbered word met so far, at its number: grown on demand; two threads growing it at once may
     * each lose the other's new slots, which are then decided again (a slot's answer is a function of the word).
     */
    private volatile byte[] answers = new byte[0];

    private WordStems(List<String> stems) {
        this.stems = List.copyOf(stems);
    }

    /** The stems, in folded form. */
    public static WordStems of(List<String> stems) {
        return new WordStems(stems);
    }

    /** Whether the word's folded form starts with one of the stems. */
    public boolean startsAny(Words.Word word) {
        int id = word.id();
        if (id == WordIds.NONE) {
            return Words.startsWithAny(word.folded(), stems);
        }
        byte[] table = answers;
        if (id < table.length && table[id] != UNKNOWN) {
            return table[id] == YES;
        }
        if (id >= table.length) {
            table = Arrays.copyOf(table, Math.min(WordIds.LIMIT, Math.max(id + 1, Math.max(1024, table.length * 2))));
            answers = table;
        }
        boolean answer = Words.startsWithAny(word.folded(), stems);
        table[id] = answer ? YES : NO;
        return answer;
    }
}
