package io.steppewatch.analysis.figures;

/**
 * Whether a word is part of a name because it is written with a capital inside a sentence: "Сегодня" in «Казахстан
 * Сегодня» (an agency) or "Today" in "USA Today" says nothing of now and dates nothing (decision 52 of round 37: "a
 * word of `today` that is only part of a name"), while "Сегодня хочу поздравить" opens a sentence and does.
 */
final class NameWords {

    private NameWords() {
    }

    /**
     * Whether the one word from {@code start} to {@code end} is a name's ({@link #partOfName}); a phrase ("KAZINFORM
     * As of today") is never one.
     */
    static boolean nameWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return partOfName(text, start);
    }

    /**
     * Whether the word at {@code start} is written with a capital inside a sentence: after a letter, a digit or a comma
     * on its line ("«Казахстан Сегодня»", "USA Today"), not at a sentence's or a quotation's start ("Сегодня хочу").
     */
    static boolean partOfName(String text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
            i--;
        }
        return i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == ',');
    }
}
