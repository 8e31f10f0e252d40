package io.steppewatch.processor.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Figures, metrics, subjects and times as an analyst reads them. */
public final class Format {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BLOCS = Map.of("EU", "EU", "EAEU", "EAEU", "CSTO", "CSTO", "SCO", "SCO",
            "INSTC", "INSTC corridor", "TITR", "Middle Corridor (TITR)", "CIS", "CIS");
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("USD", "$", "EUR", "€", "GBP", "£");
    private static final Map<String, String> UNIT_WORDS = Map.of("count", "", "km", " km", "t", " t", "TEU", " TEU",
            "rank", "", "years", " years");

    private Format() {
    }

    /** {@code trade.turnover} → "Trade turnover"; {@code investment.total} → "Investment total". */
    public static String metric(String metric) {
        if (metric == null || metric.isBlank()) {
            return "";
        }
        String words = metric.replace('.', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Country codes as names, blocs and corridors as they are known. */
    public static String subject(String code) {
        if (BLOCS.containsKey(code)) {
            return BLOCS.get(code);
        }
        if (code.length() == 2 && ISO_COUNTRIES.contains(code)) {
            return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        }
        return code;
    }

    public static String subjects(List<String> codes) {
        return codes.isEmpty() ? "(no subject)" : codes.stream().map(Format::subject).collect(Collectors.joining(" – "));
    }

    /** A value with its unit: "$29.1 billion", "6.8 %", "120", "1,200 TEU", "KZT 3.2 billion". */
    public static String value(double value, String unit) {
        if ("percent".equals(unit)) {
            return number(value) + " %";
        }
        String scaled = scaled(value);
        if (CURRENCY_SIGNS.containsKey(unit)) {
            return CURRENCY_SIGNS.get(unit) + scaled;
        }
        if (UNIT_WORDS.containsKey(unit)) {
            return scaled + UNIT_WORDS.get(unit);
        }
        return unit + " " + scaled;
    }

    /** Change in percent with its sign, or empty when unknown. */
    public static String change(Double change) {
        if (change == null) {
            return "";
        }
        return (change > 0 ? "+" : change < 0 ? "−" : "±") + number(Math.abs(change)) + " %";
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public static String period(String period) {
        return period == null || period.isBlank() ? "undated" : period;
    }

    private static String scaled(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e12) {
            return number(value / 1e12) + " trillion";
        }
        if (magnitude >= 1e9) {
            return number(value / 1e9) + " billion";
        }
        if (magnitude >= 1e6) {
            return number(value / 1e6) + " million";
        }
        return number(value);
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        String text = String.format(Locale.ROOT, "%,.2f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
