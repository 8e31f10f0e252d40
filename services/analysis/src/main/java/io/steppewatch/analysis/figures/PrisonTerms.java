package io.steppewatch.analysis.figures;

/**
 * Prison terms written as a Russian compound adjective of years before the noun of the term ("отбывает 12-летний
 * срок", "приговорён к 12-летнему тюремному сроку"). The labels give a prison term as a duration in years
 * (NOTES-open-p, -t: "25-летний срок", a term, not an age); without this the adjective was dropped as an age, as
 * "25-летний житель" rightly is. Stateless.
 */
final class PrisonTerms {

    private PrisonTerms() {
    }

    /**
     * The end of a compound adjective of years ("летний", "летнему", "летнего") that starts at {@code at} (after the
     * number's hyphen) when a noun of a term ("срок", "сроку") follows it, at most one word between ("12-летнему
     * тюремному сроку"); else -1. "25-летний житель" is an age and stays none.
     */
    static int termAdjectiveEnd(String text, int at) {
        if (at >= text.length() || !Character.isLetter(text.charAt(at))) {
            return -1;
        }
        int adjectiveEnd = wordEnd(text, at);
        if (!FigureExtractor.fold(text.substring(at, adjectiveEnd)).startsWith("летн")) {
            return -1;
        }
        int cursor = adjectiveEnd;
        for (int k = 0; k < 2; k++) {
            int next = wordStart(text, cursor);
            if (next < 0) {
                return -1;
            }
            cursor = wordEnd(text, next);
            if (FigureExtractor.fold(text.substring(next, cursor)).startsWith("срок")) {
                return adjectiveEnd;
            }
        }
        return -1;
    }

    /** The start of the next word after {@code from} past spaces only (a comma ends the search), or -1. */
    private static int wordStart(String text, int from) {
        int i = from;
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isLetter(text.charAt(i)) ? i : -1;
    }

    private static int wordEnd(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }
}
