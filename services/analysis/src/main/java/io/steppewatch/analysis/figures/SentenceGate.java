package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
 * @param starts  literals in lower case, one of which starts every match of {@code pattern} that does not start with a
 *                digit ({@link #startingAt}), so the pattern need only be tried there; empty: tried everywhere
 * @param digits  whether a match may also start with a digit (with {@code starts} only)
 */
record SentenceGate(Pattern pattern, List<String> keys, boolean folded, List<String> starts, boolean digits) {

    SentenceGate {
        starts = List.copyOf(starts);
        keys = List.copyOf(keys);
        for (String key : keys) {
            if (!key.equals(folded ? Words.fold(key) : key.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("a gate's key is in " + (folded ? "folded form: " : "lower case: ")
                        + key);
            }
        }
    }

    SentenceGate(Pattern pattern, List<String> keys, boolean folded) {
        this(pattern, keys, folded, List.of(), false);
    }

    SentenceGate(Pattern pattern, List<String> keys) {
        this(pattern, keys, false, List.of(), false);
    }

    /**
     * A gate whose every match starts with one of its keys ({@code \\b(?:export\\w*|sold|...)}, keys "export",
     * "sold", ...): the pattern is tried only where a key starts in the sentence, not at every offset of it.
     */
    static SentenceGate startingAtKeys(Pattern pattern, List<String> keys) {
        return new SentenceGate(pattern, keys, false, keys, false);
    }

    /**
     * A gate whose every match starts with a digit ({@code digits}) or with one of {@code starts} (lower case): the
     * pattern is tried only there, not at every offset of the sentence.
     */
    static SentenceGate startingAt(Pattern pattern, List<String> keys, List<String> starts, boolean digits) {
        return new SentenceGate(pattern, keys, false, starts, digits);
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
                return !starts.isEmpty() && foldsAlike(text, lower)
                        ? findsAtStarts(text, lower)
                        : pattern.matcher(text).find();
            }
        }
        return false;
    }

    /**
     * Whether the pattern matches starting where one of {@link #starts} starts in {@code lower}, or at a digit: the
     * same answer as a search of the whole text when {@link #foldsAlike} holds, since a match starts with one of them,
     * folded by the pattern as the lower case folds it. The bounds are transparent, so a word boundary sees the text
     * before and after the tried stretch.
     */
    private boolean findsAtStarts(String text, String lower) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (digits) {
            for (int at = 0; at < text.length(); at++) {
                if (Character.isDigit(text.charAt(at)) && matcher.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        for (String key : starts) {
            for (int at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
                if (matcher.region(at, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code lower} is {@code text} in lower case char by char as a case-insensitive pattern folds it
     * ("ı" and "ſ" fold to "i" and "s" in a pattern but not in {@link String#toLowerCase}), so a match's offsets are
     * those of a key in {@code lower}.
     */
    private static boolean foldsAlike(String text, String lower) {
        if (text.length() != lower.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return false; // a digit or letter beyond the first plane: the pattern reads it whole
            }
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                if (Character.toLowerCase(Character.toUpperCase(c)) != lower.charAt(i)) {
                    return false;
                }
            }
        }
        return true;
    }
}
