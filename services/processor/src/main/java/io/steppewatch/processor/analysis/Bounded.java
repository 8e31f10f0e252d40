package io.steppewatch.processor.analysis;

/** Cuts text to a number of characters without splitting a surrogate pair. */
final class Bounded {

    private static final String ELLIPSIS = "…";

    private Bounded() {
    }

    /** The first {@code max} characters of {@code text} (null stays null). */
    static String prefix(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, safeEnd(text, max));
    }

    /**
     * At most {@code max} characters of {@code sentence}, centred on the first place {@code part} occurs, so a
     * figure in a very long sentence keeps the words around it; elided ends are marked with an ellipsis.
     */
    static String around(String sentence, String part, int max) {
        if (sentence == null || sentence.length() <= max) {
            return sentence;
        }
        int at = part == null ? -1 : sentence.indexOf(part);
        int centre = at < 0 ? 0 : at + Math.min(part.length(), max) / 2;
        int room = max - 2 * ELLIPSIS.length();
        int start = Math.max(0, Math.min(centre - room / 2, sentence.length() - room));
        start = safeStart(sentence, start);
        int end = safeEnd(sentence, Math.min(sentence.length(), start + room));
        return (start > 0 ? ELLIPSIS : "") + sentence.substring(start, end) + (end < sentence.length() ? ELLIPSIS : "");
    }

    private static int safeEnd(String text, int end) {
        return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    private static int safeStart(String text, int start) {
        return start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }
}
