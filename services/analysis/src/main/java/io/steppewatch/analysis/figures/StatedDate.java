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
            if (date != null) {
                best = date;
                bestAt = m.start();
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(folded);
        while (m.find() && m.start() < bestAt) {
            LocalDate date = date(m.group(3), Months.index(m.group(1)), m.group(2));
            if (date != null) {
                best = date;
                bestAt = m.start();
                break;
            }
        }
        m = NUMERIC.matcher(folded);
        while (m.find() && m.start() < bestAt) {
            LocalDate date = date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            if (date != null) {
                best = date;
                break;
            }
        }
        return best;
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
