package io.steppewatch.processor.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;

/**
 * What the ledger knows before the first article: the figures of the baseline corpus (by default the
 * seed corpus shipped with steppewatch), analysed exactly like the articles that follow. Immutable, and
 * rebuilt identically at every start, so it never needs to be stored in Kafka.
 */
public final class Baseline {

    private final Map<String, List<KnownFigure>> byKey;
    private final int articles;

    private Baseline(Map<String, List<KnownFigure>> byKey, int articles) {
        this.byKey = byKey;
        this.articles = articles;
    }

    public static Baseline empty() {
        return new Baseline(Map.of(), 0);
    }

    public static Baseline of(List<AnalyzedArticle> analyzed) {
        Map<String, List<KnownFigure>> byKey = new HashMap<>();
        for (AnalyzedArticle article : analyzed) {
            for (var entry : FigureObservations.of(article)) {
                FigureObservation observation = entry.getValue();
                byKey.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(AlertFactory.known(observation));
            }
        }
        byKey.replaceAll((key, figures) -> List.copyOf(figures));
        return new Baseline(Map.copyOf(byKey), analyzed.size());
    }

    public List<KnownFigure> get(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The baseline series of one metric, by key. */
    public Map<String, List<KnownFigure>> withMetric(String metric) {
        Map<String, List<KnownFigure>> series = new HashMap<>();
        byKey.forEach((key, figures) -> {
            if (FigureLedger.metricOf(key).equals(metric)) {
                series.put(key, figures);
            }
        });
        return series;
    }

    public Map<String, List<KnownFigure>> all() {
        return byKey;
    }

    public int articleCount() {
        return articles;
    }

    public int figureCount() {
        return byKey.values().stream().mapToInt(List::size).sum();
    }
}
