package io.steppewatch.processor.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;

/**
 * What the ledger knows before the first article: the figures of the baseline corpus (by default the
 * seed corpus shipped with steppewatch), analysed exactly like the articles that follow. Immutable, and
 * rebuilt identically at every start, so it never needs to be stored in Kafka.
 *
 * <p>A document with hand labels (the bundled seeds) brings its labels first, then the analysis's own readings of
 * the same text that no label states. Those readings are known to that document alone ({@link #knownTo}): the
 * seed arriving again as a live article confirms what it said, while every other article is judged against the
 * facts as labelled. Were a reading known to all, "28th place" read with a period running to the seed's date would
 * make an older article's 2020 rank look old, and the labels' undated "28th" would no longer be the series' word.
 */
public final class Baseline {

    private final Map<String, List<KnownFigure>> byKey;
    /** The readings of labelled documents, by series; compared by identity, since a record's equality is its value. */
    private final Map<String, Set<KnownFigure>> readings;
    private final int articles;

    private Baseline(Map<String, List<KnownFigure>> byKey, Map<String, Set<KnownFigure>> readings, int articles) {
        this.byKey = byKey;
        this.readings = readings;
        this.articles = articles;
    }

    public static Baseline empty() {
        return new Baseline(Map.of(), Map.of(), 0);
    }

    /** A baseline without labels: every figure the analysis reads is known to every article. */
    public static Baseline of(List<AnalyzedArticle> analyzed) {
        return of(analyzed, Map.of());
    }

    /**
     * @param labelled for each document (by article id) whose first figures are hand labels, how many they are; its
     *        figures after them are the analysis's own readings, known to that document alone
     */
    public static Baseline of(List<AnalyzedArticle> analyzed, Map<String, Integer> labelled) {
        Map<String, List<KnownFigure>> byKey = new HashMap<>();
        Map<String, Set<KnownFigure>> readings = new HashMap<>();
        for (AnalyzedArticle article : analyzed) {
            int labels = labelled.getOrDefault(article.getId(), Integer.MAX_VALUE);
            for (var entry : FigureObservations.of(article)) {
                FigureObservation observation = entry.getValue();
                KnownFigure known = AlertFactory.known(observation);
                byKey.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(known);
                if (observation.getIndex() >= labels) {
                    readings.computeIfAbsent(entry.getKey(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                            .add(known);
                }
            }
        }
        byKey.replaceAll((key, figures) -> List.copyOf(figures));
        return new Baseline(Map.copyOf(byKey), Map.copyOf(readings), analyzed.size());
    }

    /** Every figure of a series, the readings of labelled documents included: what the ledger shows. */
    public List<KnownFigure> get(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /**
     * The figures of a series that a figure of article {@code articleId} is judged against: all of them but the
     * readings of labelled documents other than that article.
     */
    public List<KnownFigure> knownTo(String key, String articleId) {
        Set<KnownFigure> theirs = readings.get(key);
        if (theirs == null) {
            return get(key);
        }
        return get(key).stream()
                .filter(figure -> !theirs.contains(figure) || figure.getArticleId().equals(articleId))
                .toList();
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
