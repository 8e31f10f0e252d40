package io.steppewatch.processor.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.LedgerTimeline;

/**
 * The ledger at work: judges each figure against the baseline and what was learned since, records it,
 * and says which alert it raises. The Streams processor runs it on its state store; {@code reprocess}
 * runs it on a map, so both apply exactly the same rules.
 */
public final class LedgerBook {

    /** Where learned series are kept. */
    public interface Timelines {
        LedgerTimeline get(String key);

        void put(String key, LedgerTimeline timeline);

        /** Every learned series of a metric, by key: where a near identity is looked for. */
        Map<String, LedgerTimeline> withMetric(String metric);
    }

    /** A figure's verdict, and the alert it raised when it is news. */
    public record Outcome(Judgement judgement, Optional<Alert> alert) {
    }

    private final FigureLedger ledger;
    private final Baseline baseline;
    private final int maxFiguresPerSeries;
    private final Timelines timelines;

    public LedgerBook(FigureLedger ledger, Baseline baseline, int maxFiguresPerSeries, Timelines timelines) {
        this.ledger = ledger;
        this.baseline = baseline;
        this.maxFiguresPerSeries = maxFiguresPerSeries;
        this.timelines = timelines;
    }

    public Outcome observe(String key, FigureObservation observation, Instant detected) {
        LedgerTimeline timeline = timelines.get(key);
        List<KnownFigure> known = new ArrayList<>(baseline.get(key));
        if (timeline != null) {
            known.addAll(timeline.getFigures());
        }
        Judgement judgement = ledger.judge(observation.getFigure(), known);
        if (judgement.verdict() == Verdict.IGNORED) {
            return new Outcome(judgement, Optional.empty());
        }
        if (judgement.verdict() == Verdict.NEW_METRIC || judgement.verdict() == Verdict.NEW_PERIOD) {
            // The same fact with its subjects stated differently confirms the series that knows it, and is
            // recorded there: a restatement never opens a series of its own.
            Map<String, List<KnownFigure>> others = otherSeries(key);
            String near = ledger.nearIdentity(observation.getFigure(), others);
            if (near != null) {
                timelines.put(near, append(timelines.get(near), near, observation));
                List<KnownFigure> matched = others.get(near);
                return new Outcome(new Judgement(Verdict.CONFIRMED,
                        matched.subList(Math.max(0, matched.size() - 3), matched.size()), null), Optional.empty());
            }
        }
        timelines.put(key, append(timeline, key, observation));
        Optional<Alert> alert = judgement.verdict().alerts()
                ? Optional.of(AlertFactory.create(observation, judgement, detected))
                : Optional.empty();
        return new Outcome(judgement, alert);
    }

    /** The other series of the key's metric, baseline and learned figures together. */
    private Map<String, List<KnownFigure>> otherSeries(String key) {
        String metric = FigureLedger.metricOf(key);
        Map<String, List<KnownFigure>> series = new HashMap<>();
        baseline.withMetric(metric).forEach((k, figures) -> series.computeIfAbsent(k, x -> new ArrayList<>())
                .addAll(figures));
        timelines.withMetric(metric).forEach((k, timeline) -> series.computeIfAbsent(k, x -> new ArrayList<>())
                .addAll(timeline.getFigures()));
        series.remove(key);
        return series;
    }

    private LedgerTimeline append(LedgerTimeline timeline, String key, FigureObservation observation) {
        List<KnownFigure> figures = new ArrayList<>(timeline == null ? List.of() : timeline.getFigures());
        figures.add(AlertFactory.known(observation));
        if (figures.size() > maxFiguresPerSeries) {
            figures = new ArrayList<>(figures.subList(figures.size() - maxFiguresPerSeries, figures.size()));
        }
        int bar = key.indexOf('|');
        String subjects = key.substring(bar + 1);
        return LedgerTimeline.newBuilder()
                .setMetric(key.substring(0, bar))
                .setSubjects(subjects.isEmpty() ? List.of() : List.of(subjects.split(",")))
                .setFigures(figures)
                .build();
    }
}
