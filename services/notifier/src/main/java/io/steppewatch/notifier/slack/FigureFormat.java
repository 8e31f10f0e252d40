package io.steppewatch.notifier.slack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.KnownFigure;

/** Human wording of figures, periods and changes, shared by Slack messages and console output. */
public final class FigureFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private FigureFormat() {
    }

    /** {@code 2.36e10, USD} becomes {@code 23.6 bn USD}; percent becomes {@code 6.8 %}. */
    public static String value(double value, String unit) {
        String number;
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            number = decimal(value / 1e9) + " bn";
        } else if (abs >= 1e6) {
            number = decimal(value / 1e6) + " m";
        } else {
            number = decimal(value);
        }
        if (unit == null || unit.isBlank() || unit.equals("count")) {
            return number;
        }
        return number + " " + (unit.equals("percent") ? "%" : unit);
    }

    public static String figure(Figure figure) {
        return value(figure.getValue(), figure.getUnit()) + period(figure.getPeriod());
    }

    public static String known(KnownFigure known) {
        return value(known.getValue(), known.getUnit()) + period(known.getPeriod());
    }

    /** {@code +11.8 %} or empty when the alert has no comparable change. */
    public static String change(Alert alert) {
        Double change = alert.getChange();
        if (change == null || change.isNaN() || change.isInfinite()) {
            return "";
        }
        return (change >= 0 ? "+" : "−") + decimal(Math.abs(change)) + " %";
    }

    public static String headline(Alert alert) {
        List<String> subjects = alert.getFigure().getSubjects();
        String metric = alert.getFigure().getMetric();
        return subjects.isEmpty() ? metric : metric + " — " + String.join(", ", subjects);
    }

    public static String kind(Alert alert) {
        return switch (alert.getKind()) {
            case NEW_METRIC -> "New metric";
            case NEW_PERIOD -> "New period";
            case REVISED -> "Revised figure";
        };
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    private static String period(String period) {
        return period == null || period.isBlank() ? " (no period stated)" : " (" + period + ")";
    }

    private static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
