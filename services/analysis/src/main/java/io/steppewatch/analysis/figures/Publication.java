package io.steppewatch.analysis.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When an article was published and how precisely that is known: a seed dated "2025" is {@code 2025-01-01}
 * with year precision, so "currently" in it cannot be pinned to a month.
 */
public record Publication(LocalDate date, ChronoUnit precision) {

    public Publication {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        if (precision != ChronoUnit.DAYS && precision != ChronoUnit.MONTHS && precision != ChronoUnit.YEARS) {
            throw new IllegalArgumentException("publication precision must be DAYS, MONTHS or YEARS, got " + precision);
        }
    }

    public static Publication ofDay(LocalDate date) {
        return date == null ? null : new Publication(date, ChronoUnit.DAYS);
    }

    public boolean knowsMonth() {
        return precision != ChronoUnit.YEARS;
    }
}
