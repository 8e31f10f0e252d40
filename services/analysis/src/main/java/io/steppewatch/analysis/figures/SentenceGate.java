package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pattern that a rule asks of a whole sentence ("does it speak of drills?"), with the lower-case literals one of
 * which every match of the pattern contains. A sentence that holds none of them cannot match, so the pattern, slow with
 * its word bounds and case folding, runs only on the few sentences that hold one; {@link FigureContext#sentenceFinds}
 * asks each sentence once.
 *
 * @param pattern the pattern itself
 * @param keys    literals in lower case; every match of {@code pattern} contains one of them
 */
record SentenceGate(Pattern pattern, List<String> keys) {

    SentenceGate {
        keys = List.copyOf(keys);
        for (String key : keys) {
            if (!key.equals(key.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("a gate's key is in lower case: " + key);
            }
        }
    }

    /** Whether {@code text}, whose lower-case form is {@code lower}, holds a match. */
    boolean finds(String text, String lower) {
        for (String key : keys) {
            if (lower.contains(key)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }
}
