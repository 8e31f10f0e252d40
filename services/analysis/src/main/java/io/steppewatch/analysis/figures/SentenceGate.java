package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Words;

/**
 * A pattern that a rule asks of a whole sentence ("does it speak of drills?"), with the lower-case literals one of
 * which every match of the pattern contains. A sentence that holds none of them cannot match, so the pattern, slow with
 * its word bounds and case folding, runs only on the few sentences that hold one; {@link FigureContext#sentenceFinds}
 * asks each sentence once.
 *
 * <p>A pattern written for folded text ({@link Words#fold}: no case, no accents) is gated on the folded sentence
 * instead ({@link #onFolded}): its keys are folded forms, and it runs on the folded text, which is then both
 * arguments of {@link #finds}.
 *
 * @param pattern the pattern itself
 * @param keys    literals in lower case (folded, for a folded gate); every match of {@code pattern} contains one
 * @param folded  whether the pattern runs on the sentence's folded text rather than on the sentence itself
 */
record SentenceGate(Pattern pattern, List<String> keys, boolean folded) {

    SentenceGate {
        keys = List.copyOf(keys);
        for (String key : keys) {
            if (!key.equals(folded ? Words.fold(key) : key.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("a gate's key is in " + (folded ? "folded form: " : "lower case: ")
                        + key);
            }
        }
    }

    SentenceGate(Pattern pattern, List<String> keys) {
        this(pattern, keys, false);
    }

    /** A pattern that every text holds: the gate of {@link #literals} asks for its literals alone. */
    private static final Pattern ANYTHING = Pattern.compile("");

    /**
     * A gate that asks only whether the sentence holds one of the literals (lower case): the cheap first test of a rule
     * whose own pattern runs on a stretch of the sentence (the words before a figure) rather than on all of it. A
     * match within the stretch holds a literal, so a sentence without any has no match in any of its stretches.
     */
    static SentenceGate literals(List<String> keys) {
        return new SentenceGate(ANYTHING, keys, false);
    }

    /** A gate whose pattern and keys are written for the sentence's folded text. */
    static SentenceGate onFolded(Pattern pattern, List<String> keys) {
        return new SentenceGate(pattern, keys, true);
    }

    /**
     * Whether {@code text}, whose lower-case form is {@code lower}, holds a match; for a folded gate, both are the
     * folded text.
     */
    boolean finds(String text, String lower) {
        for (String key : keys) {
            if (lower.contains(key)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }
}
