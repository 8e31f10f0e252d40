package io.steppewatch.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Command-line dates: {@code 2025-03-14} (midnight UTC) or a full instant {@code 2025-03-14T08:00:00Z}. */
final class Dates {

    private Dates() {
    }

    static Instant parse(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2025-03-14 or an instant like "
                    + "2025-03-14T08:00:00Z, got '" + text + "'");
        }
    }
}
