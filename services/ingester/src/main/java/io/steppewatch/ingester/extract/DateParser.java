package io.steppewatch.ingester.extract;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.avro.DatePrecision;

/**
 * Reads the date formats pages put in their metadata. Pages are sloppy about ISO 8601 (offsets without a
 * colon, a space instead of the T, no zone at all), so each shape gets its own formatter; a date without a zone
 * is taken as UTC because nothing better is known.
 */
public final class DateParser {

    private static final DateTimeFormatter OFFSET_FLEXIBLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final List<DateTimeFormatter> ZONED = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss zzz yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss zzz", Locale.ENGLISH));

    /** Finds an ISO-looking date inside free text such as "Published 2019-11-19 08:00". */
    private static final Pattern ISO_INSIDE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,9})?(?: ?(?:Z|[+-]\\d{2}(?::?\\d{2})?))?)?");

    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

    /**
     * The shapes of ISO 8601 that pages write nearly always, read without {@link #OFFSET_FLEXIBLE}: a formatter's
     * parse, and the exception it throws for a bare date, cost more than the rest of a page's metadata. Only values
     * the formatter reads the same way are taken here; anything else still goes to it.
     */
    private static final Pattern COMMON_ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /** A year ("2025") or a month ("2025-03"): ISO 8601 dates of reduced precision, as some pages write them. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /**
     * A date and how precisely it is known: a month or a year is its first day with that precision; anything
     * with a day or a time has precision null (as precise as the instant).
     */
    public record Dated(Instant at, DatePrecision precision) {
    }

    private DateParser() {
    }

    static Optional<Instant> parse(String raw) {
        return parseDated(raw).map(Dated::at);
    }

    public static Optional<Dated> parseDated(String raw) {
        Optional<Dated> reduced = reduced(raw);
        return reduced.isPresent() ? reduced : parseInstant(raw).map(at -> new Dated(at, null));
    }

    private static Optional<Dated> reduced(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.length() != 4 && value.length() != 7) {
            // Neither a year nor a month: spares every full date two matchers.
            return Optional.empty();
        }
        Matcher month = MONTH.matcher(value);
        Matcher year = YEAR.matcher(value);
        try {
            if (month.matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
                return Optional.of(new Dated(first.atStartOfDay().toInstant(ZoneOffset.UTC), DatePrecision.MONTH));
            }
            if (year.matches()) {
                LocalDate first = LocalDate.of(Integer.parseInt(year.group(1)), 1, 1);
                return Optional.of(new Dated(first.atStartOfDay().toInstant(ZoneOffset.UTC), DatePrecision.YEAR));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Instant> parseInstant(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.isEmpty() || value.length() > 100) {
            return Optional.empty();
        }
        if (EPOCH.matcher(value).matches()) {
            long n = Long.parseLong(value);
            return Optional.of(value.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
        }
        Optional<Instant> iso = parseIso(value);
        if (iso.isPresent()) {
            return iso;
        }
        for (DateTimeFormatter formatter : ZONED) {
            if (!reads(formatter, value)) {
                continue;
            }
            try {
                return Optional.of(ZonedDateTime.parse(value, formatter).toInstant());
            } catch (DateTimeException e) {
                // not this shape; try the next one
            }
        }
        Matcher inside = ISO_INSIDE.matcher(value);
        return inside.find() ? parseIso(inside.group()) : Optional.empty();
    }

    private static Optional<Instant> parseIso(String value) {
        Instant common = commonIso(value);
        return common != null ? Optional.of(common) : formatterIso(value);
    }

    /** What the formatters read from an ISO-looking value: with or without an offset, or a bare date. */
    static Optional<Instant> formatterIso(String value) {
        try {
            var parsed = reads(OFFSET_FLEXIBLE, value)
                    ? OFFSET_FLEXIBLE.parseBest(value, OffsetDateTime::from, LocalDateTime::from) : null;
            if (parsed instanceof OffsetDateTime offset) {
                return Optional.of(offset.toInstant());
            }
            if (parsed instanceof LocalDateTime local) {
                return Optional.of(local.toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeException e) {
            // fall through to a bare date
        }
        if (!reads(DateTimeFormatter.ISO_LOCAL_DATE, value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the formatter reads the whole value, before its fields are resolved: when it does not, its parse would
     * throw, and an exception (its stack trace filled in) costs far more than this first reading. A value it reads
     * is parsed again in full, and may still be refused then.
     */
    private static boolean reads(DateTimeFormatter formatter, String value) {
        ParsePosition position = new ParsePosition(0);
        return formatter.parseUnresolved(value, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == value.length();
    }

    /**
     * The instant of a value in one of the {@link #COMMON_ISO} shapes, as {@link #parseIso} reads it through the
     * formatters; null for any other value, and for values the formatters would correct or refuse (a 30 February,
     * an hour 24, an offset beyond 17 hours), which are left to them.
     */
    static Instant commonIso(String value) {
        Matcher m = COMMON_ISO.matcher(value);
        if (!m.matches()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
        if (m.group(4) == null) {
            return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (m.group(7) != null) {
            String digits = m.group(7);
            nanos = Integer.parseInt(digits);
            for (int i = digits.length(); i < 9; i++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = ZoneOffset.UTC;
        String zone = m.group(8);
        if (zone != null && !zone.equals("Z")) {
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            int hours = Integer.parseInt(zone, 1, 3, 10);
            int minutes = zone.length() > 3 ? Integer.parseInt(zone, zone.length() - 2, zone.length(), 10) : 0;
            if (hours > 17 || minutes > 59) {
                return null;
            }
            offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return date.atTime(hour, minute, second, nanos).toInstant(offset);
    }
}
