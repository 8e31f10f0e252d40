package io.steppewatch.processor.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An ISO 8601 period as the analysis writes it ({@code 2024}, {@code 2023-10}, {@code 2023-10-19},
 * {@code 2022-01/2022-11}), reduced to the span of days it covers so that periods can be ordered.
 */
public record Period(LocalDate start, LocalDate end) {

    // Compiled once: the ledger parses the period of every known figure of a series for each new figure,
    // and String.matches compiled these patterns again on every call (most of the ledger's CPU time).
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    // Few distinct period texts exist (years, months, quarters), and each known figure's period is parsed
    // again for every new figure of its series: remembering them bounds that to one parse per text.
    private static final int REMEMBERED = 100_000;
    private static final Map<String, Optional<Period>> PARSED = new ConcurrentHashMap<>();

    /** Empty when the text is null or not a period we can read. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Period> known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        Optional<Period> parsed = read(text);
        if (PARSED.size() < REMEMBERED) {
            PARSED.put(text, parsed);
        }
        return parsed;
    }

    private static Optional<Period> read(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            int slash = text.indexOf('/');
            if (slash >= 0) {
                Period from = single(text.substring(0, slash));
                Period to = single(text.substring(slash + 1));
                return Optional.of(new Period(from.start(), to.end()));
            }
            return Optional.of(single(text));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Period single(String text) {
        String value = text.trim();
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (MONTH.matcher(value).matches()) {
            YearMonth month = YearMonth.parse(value);
            return new Period(month.atDay(1), month.atEndOfMonth());
        }
        if (QUARTER.matcher(value).matches()) {
            int year = Integer.parseInt(value.substring(0, 4));
            int quarter = value.charAt(6) - '0';
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        LocalDate day = LocalDate.parse(value);
        return new Period(day, day);
    }

    /** True when this period ends after {@code other} ends. */
    public boolean endsAfter(Period other) {
        return end.isAfter(other.end);
    }
}
