package io.steppewatch.ingester.extract;

/**
 * Whether a character reads as a space: Java's white space, or a no-break space. The text walks ask this of every
 * character of a page, and {@link Character#isWhitespace} answers through a table chosen per block of Unicode,
 * which costs more than the question on the characters pages are made of; those are answered here first.
 */
final class Spaces {

    private Spaces() {
    }

    /** The same answer as {@code Character.isWhitespace(c) || c == '\u00a0'}, for every char. */
    static boolean isSpace(char c) {
        if (c <= ' ') {
            // Tab to carriage return, the four information separators and the space itself.
            return c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001c';
        }
        if (c < '\u00a0') {
            return false;
        }
        if (c < '\u2000') {
            return c == '\u00a0' || c == '\u1680';
        }
        // Java's separators from U+2000 on, named one by one: the typographic quotes and dashes that sit among them
        // are far more common in text than the separators themselves. U+2007, a figure space, does not break.
        return c <= '\u200a' ? c != '\u2007' : c == '\u2028' || c == '\u2029' || c == '\u205f' || c == '\u3000';
    }
}
