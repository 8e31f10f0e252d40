package io.steppewatch.analysis.figures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When an article was published and how precisely that is known: a seed dated "2025" is {@code 2025-01-01}
 * with year precision, so "currently" in it cannot be pinned to a month.
 *
 * @param stated true when the date is not the publication's but one the text states (a dateline, "on 12 March
 *               2025"): relative periods resolve against it, "currently" does not
 */
public record Publication(LocalDate date, ChronoUnit precision, boolean stated) {

    public Publication {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision != ChronoUnit.DAYS && precision != ChronoUnit.MONTHS && precision != ChronoUnit.YEARS) {
            throw new IllegalArgumentException("publication precision must be DAYS, MONTHS or YEARS, got " + precision);
        }
    }

    public Publication(LocalDate date, ChronoUnit precision) {
        this(date, precision, false);
    }

    public static Publication ofDay(LocalDate date) {
        return date == null ? null : new Publication(date, ChronoUnit.DAYS);
    }

    /** A date the text states, standing in for an unknown publication date. */
    public static Publication statedIn(LocalDate date) {
        return date == null ? null : new Publication(date, ChronoUnit.DAYS, true);
    }

    /**
     * A publication date as written: a day ({@code 2025-03-14}), a month ({@code 2025-03}, its first day with
     * MONTHS precision) or a year ({@code 2025}, 1 January with YEARS precision).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Publication parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("\\d{4}")) {
                return new Publication(LocalDate.of(Integer.parseInt(t), 1, 1), ChronoUnit.YEARS);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return new Publication(LocalDate.parse(t + "-01"), ChronoUnit.MONTHS);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new Publication(LocalDate.parse(t), ChronoUnit.DAYS);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: '" + text + "' (expected 2025, 2025-03 or 2025-03-14)", e);
        }
        throw new IllegalArgumentException("not a date: '" + text + "' (expected 2025, 2025-03 or 2025-03-14)");
    }

    /** The date written back at its own precision: "2025", "2025-03" or "2025-03-14". */
    public String text() {
        String full = date.toString();
        return precision == ChronoUnit.YEARS ? full.substring(0, 4)
                : precision == ChronoUnit.MONTHS ? full.substring(0, 7) : full;
    }

    public boolean knowsMonth() {
        return precision != ChronoUnit.YEARS;
    }
}
