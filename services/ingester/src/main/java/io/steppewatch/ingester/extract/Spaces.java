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
        if (c > ' ') {
            // Above the ASCII space Java counts only a few separators as white space: U+1680 and some between
            // U+2000 and U+3000.
            return c >= '\u00a0' && (c == '\u00a0' || c == '\u1680'
                    || (c >= '\u2000' && c <= '\u3000' && Character.isWhitespace(c)));
        }
        // Tab to carriage return, the four information separators and the space itself.
        return c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001c';
    }
}
