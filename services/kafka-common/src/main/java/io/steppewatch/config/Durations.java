package io.steppewatch.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration syntax of every steppewatch setting: a whole number with a unit ({@code 500ms}, {@code 30s},
 * {@code 5m}, {@code 2h}, {@code 1d}) or ISO-8601 ({@code PT30S}). A bare number is refused: its unit would be a guess.
 */
public final class Durations {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    public static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = SIMPLE.matcher(value);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Converts a deprecated {@code *.ms} value (a bare number of milliseconds) into this syntax: {@code 1000}
     * becomes {@code 1000ms}. Anything else is returned as it is, to be refused with the key's name.
     */
    public static String fromMillis(String value) {
        String trimmed = value.trim();
        return trimmed.matches("\\d+") ? trimmed + "ms" : trimmed;
    }
}
