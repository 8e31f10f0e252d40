package io.steppewatch.analysis.figures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Words;

/**
 * A date an article states in full ("12 March 2025", "March 12, 2025", "12 марта 2025 года", "12.03.2025"): what
 * relative periods ("last year") resolve against when the publication date is unknown. The first one wins, as
 * a dateline comes first. Stateless.
 */
public final class StatedDate {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:er)?[\\s\\u00A0]+(\\p{L}{3,})\\.?[\\s\\u00A0]+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{L}{3,})\\.?[\\s\\u00A0]+(\\d{1,2}),?[\\s\\u00A0]+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.]\\d)");

    private StatedDate() {
    }

    /** The first full date of the text, or null. */
    public static LocalDate in(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String folded = Words.foldKeepingOffsets(text);
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = DAY_MONTH_YEAR.matcher(folded);
        while (m.find() && m.start() < bestAt) {
            LocalDate date = date(m.group(3), Months.index(m.group(2)), m.group(1));
            if (date != null && !startsASpan(folded, m.start())) {
                best = date;
                bestAt = m.start();
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(folded);
        while (m.find() && m.start() < bestAt) {
            LocalDate date = date(m.group(3), Months.index(m.group(1)), m.group(2));
            if (date != null && !startsASpan(folded, m.start())) {
                best = date;
                bestAt = m.start();
                break;
            }
        }
        m = NUMERIC.matcher(folded);
        while (m.find() && m.start() < bestAt) {
            LocalDate date = date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            if (date != null && !startsASpan(folded, m.start())) {
                best = date;
                break;
            }
        }
        return best;
    }

    /** Words after which a date opens a span that reaches the article's present: "since 24 February 2022". */
    private static final java.util.Set<String> SPAN_STARTS = java.util.Set.of("since", "from", "depuis", "des", "с",
            "со", "начиная");

    /**
     * Whether the date starts a span ("since February 24, 2022", "depuis le 24 février 2022", "с 24 февраля 2022
     * года"): a past event the text counts from, not the day it speaks from.
     */
    private static boolean startsASpan(String folded, int at) {
        int end = at;
        while (end > 0 && !Character.isLetter(folded.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(folded.charAt(start - 1))) {
            start--;
        }
        String word = folded.substring(start, end);
        if (word.equals("le") || word.equals("the")) {
            return startsASpan(folded, start);
        }
        return SPAN_STARTS.contains(word);
    }

    private static LocalDate date(String year, int month, String day) {
        if (month < 1 || month > 12) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
