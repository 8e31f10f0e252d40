package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * Whether a text dates an event by a relative day (decision 52 of round 37): "announced today", "Yesterday, a total
 * of ... trucks", "сегодня", "aujourd'hui", "бүгін", "bugun" resolve to the day the text came out, as a weekday does
 * under decision 33 of round 35 (the phrases of {@code relative-days.txt}). Not a stock stated as it stands now ("as
 * of today", "на сегодня": decision 34), and not a word of a name ("Казахстан Сегодня", "USA Today"): written with a
 * capital inside a sentence, it names, and dates nothing.
 */
final class RelativeDays {

    static final String RESOURCE = "/io/steppewatch/analysis/figures/relative-days.txt";
    private static final String DATES = "dates";
    private static final String STOCK = "stock";
    private static final PhraseMatcher<Boolean> PHRASES = load();

    private RelativeDays() {
    }

    private static PhraseMatcher<Boolean> load() {
        PhraseMatcher.Builder<Boolean> builder = PhraseMatcher.builder();
        for (TsvLines.Line line : TsvLines.fromResource(RelativeDays.class, RESOURCE, "relative days")) {
            List<String> columns = line.columns(2, "phrase, dates|stock");
            String kind = columns.get(1);
            if (!DATES.equals(kind) && !STOCK.equals(kind)) {
                throw line.error("expected '" + DATES + "' or '" + STOCK + "', got '" + kind + "'");
            }
            builder.add(columns.get(0), DATES.equals(kind));
        }
        return builder.build();
    }

    /** Whether the text has a relative day that dates an event (not a stock's "as of today", not a name's word). */
    static boolean datesAnEvent(String text, List<Words.Word> words) {
        for (PhraseMatcher.Match<Boolean> match : PHRASES.findAll(words)) {
            if (match.value() && !partOfName(text, words.get(match.first()).start())) {
                return true;
            }
        }
        return false;
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
