package io.steppewatch.analysis.text;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A yes-or-no question about a word's folded form, most often whether it starts with one of some stems, asked with
 * the {@link Words.Word}s of a text: decided once per {@link WordIds} number and then read from a table, so that a
 * word met again is answered without reading its chars. Words without a number are asked afresh. The answers equal
 * the question's ({@link Words#startsWithAny(String, java.util.Collection)} for stems). Thread-safe.
 */
public final class WordStems {

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final Predicate<String> question;
    /**
     * The answer for each numbered word met so far, at its number: grown on demand; two threads growing it at once may
     * each lose the other's new slots, which are then decided again (a slot's answer is a function of the word).
     */
    private volatile byte[] answers = new byte[0];

    private WordStems(Predicate<String> question) {
        this.question = question;
    }

    /**
     * The stems, in folded form. Kept as {@link Stems} (grouped by first char): a word with digits has no number and is
     * asked afresh each time, and most of those open with a digit no stem opens with.
     */
    public static WordStems of(List<String> stems) {
        Stems copy = Stems.copyOf(stems);
        return new WordStems(folded -> Words.startsWithAny(folded, copy));
    }

    /** Any question about a folded form whose answer depends on nothing else. */
    public static WordStems asking(Predicate<String> question) {
        return new WordStems(question);
    }

    /** Whether the word's folded form starts with one of the stems (or answers the question yes). */
    public boolean startsAny(Words.Word word) {
        return answer(word.id(), word.folded());
    }

    /** The answer for a word given by its number ({@link WordIds#NONE} for none) and folded form. */
    public boolean answer(int id, String folded) {
        if (id == WordIds.NONE) {
            return question.test(folded);
        }
        byte[] table = answers;
        if (id < table.length && table[id] != UNKNOWN) {
            return table[id] == YES;
        }
        if (id >= table.length) {
            table = Arrays.copyOf(table, WordIds.tableLength(id, table.length));
            answers = table;
        }
        boolean answer = question.test(folded);
        table[id] = answer ? YES : NO;
        return answer;
    }
}
