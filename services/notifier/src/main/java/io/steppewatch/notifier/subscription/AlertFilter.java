package io.steppewatch.notifier.subscription;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Severity;

/**
 * Which alerts a subscription wants. An empty set means "any"; the sets are combined with AND.
 *
 * @param kinds       alert kinds to keep
 * @param metrics     metric names; an entry ending in {@code .*} matches the whole family ({@code trade.*})
 * @param countries   subjects (ISO 3166 alpha-2, blocs, corridors); one shared subject is enough
 * @param minSeverity lowest severity to keep, when given
 */
public record AlertFilter(Set<AlertKind> kinds, Set<String> metrics, Set<String> countries,
                          Optional<Severity> minSeverity) {

    public static final AlertFilter ANY = new AlertFilter(Set.of(), Set.of(), Set.of(), Optional.empty());

    public AlertFilter {
        kinds = Set.copyOf(kinds);
        metrics = Set.copyOf(metrics);
        countries = Set.copyOf(countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
    }

    public boolean matches(Alert alert) {
        return kindMatches(alert.getKind())
                && metricMatches(alert.getFigure().getMetric())
                && countryMatches(alert.getFigure().getSubjects())
                && severityMatches(alert.getSeverity());
    }

    private boolean kindMatches(AlertKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    private boolean metricMatches(String metric) {
        if (metrics.isEmpty()) {
            return true;
        }
        for (String wanted : metrics) {
            if (wanted.endsWith(".*")) {
                if (metric.startsWith(wanted.substring(0, wanted.length() - 1))) {
                    return true;
                }
            } else if (wanted.equals(metric)) {
                return true;
            }
        }
        return false;
    }

    private boolean countryMatches(List<String> subjects) {
        if (countries.isEmpty()) {
            return true;
        }
        return subjects.stream().anyMatch(s -> countries.contains(s.toUpperCase(Locale.ROOT)));
    }

    private boolean severityMatches(Severity severity) {
        return minSeverity.map(min -> severity.ordinal() >= min.ordinal()).orElse(true);
    }
}
