package io.steppewatch.processor.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(LedgerBook.class);

    /** Where learned series are kept. */
    public interface Timelines {
        LedgerTimeline get(String key);

        void put(String key, LedgerTimeline timeline);
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

    /**
     * Judges the figure and records it. The alert is built before the series is written: when building it
     * fails, the series is left as it was, so a record that fails is never half applied.
     */
    public Outcome observe(String key, FigureObservation observation, Instant detected) {
        double value = observation.getFigure().getValue();
        if (!Double.isFinite(value)) {
            // An older analysis or another producer may still send one; Infinity would confirm every later value.
            LOG.warn("Figure {} of article {} on {} refused: value {} is not finite", observation.getIndex(),
                    observation.getArticleId(), key, value);
            return new Outcome(Judgement.of(Verdict.IGNORED), Optional.empty());
        }
        LedgerTimeline timeline = timelines.get(key);
        List<KnownFigure> known = new ArrayList<>(baseline.get(key));
        if (timeline != null) {
            known.addAll(timeline.getFigures());
        }
        known.removeIf(k -> !Double.isFinite(k.getValue())); // a series poisoned before values were checked

        Judgement judgement = ledger.judge(observation.getFigure(), known);
        if (judgement.verdict() == Verdict.IGNORED) {
            return new Outcome(judgement, Optional.empty());
        }
        Optional<Alert> alert = judgement.verdict().alerts()
                ? Optional.of(AlertFactory.create(observation, judgement, detected))
                : Optional.empty();
        timelines.put(key, append(timeline, key, observation));
        return new Outcome(judgement, alert);
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
