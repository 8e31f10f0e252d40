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
 * runs it on a map, so both apply exactly the same rules. The series a figure is judged in is the one
 * {@link NearIdentities} chose: a restatement of a known fact with other subjects arrives keyed by the series
 * that holds the fact, where the ordinary rules confirm it.
 */
public final class LedgerBook {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerBook.class);
    /**
     * Bytes a series' timeline may take (estimated): whatever the count setting, the oldest figures go first
     * past this, so the store's changelog record stays well under Kafka's 1 MiB default.
     */
    static final int MAX_TIMELINE_BYTES = 512 * 1024;

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
        List<KnownFigure> base = finite(baseline.knownTo(key, observation.getArticleId()));
        List<KnownFigure> learned = finite(timeline == null ? List.of() : timeline.getFigures());
        List<KnownFigure> known = new ArrayList<>(base);
        known.addAll(learned);
        List<KnownFigure> learnedThen = FigureLedger.publishedBy(observation.getPublished(), learned);
        List<KnownFigure> knownThen = known;
        if (learnedThen.size() < learned.size()) {
            knownThen = new ArrayList<>(base);
            knownThen.addAll(learnedThen);
        }

        Judgement judgement = ledger.judge(observation.getFigure(), known, knownThen);
        if (judgement.verdict() == Verdict.IGNORED) {
            return new Outcome(judgement, Optional.empty());
        }
        Optional<Alert> alert = judgement.verdict().alerts()
                ? Optional.of(AlertFactory.create(observation, judgement, detected))
                : Optional.empty();
        timelines.put(key, append(timeline, key, observation));
        return new Outcome(judgement, alert);
    }

    /** Without the figures whose value is not finite: a series poisoned before values were checked. */
    private static List<KnownFigure> finite(List<KnownFigure> figures) {
        return figures.stream().filter(k -> Double.isFinite(k.getValue())).toList();
    }

    /** An upper bound of a figure's encoded size: three bytes per character of its texts, plus its numbers. */
    static long estimatedBytes(KnownFigure figure) {
        long chars = length(figure.getSentence()) + length(figure.getUrl()) + length(figure.getArticleId())
                + length(figure.getSource()) + length(figure.getUnit()) + length(figure.getPeriod());
        return 3 * chars + 64;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private LedgerTimeline append(LedgerTimeline timeline, String key, FigureObservation observation) {
        List<KnownFigure> figures = new ArrayList<>(timeline == null ? List.of() : timeline.getFigures());
        figures.add(AlertFactory.known(observation));
        if (figures.size() > maxFiguresPerSeries) {
            figures = new ArrayList<>(figures.subList(figures.size() - maxFiguresPerSeries, figures.size()));
        }
        // The newest figures that fit the byte budget, and always the newest one.
        int keepFrom = figures.size() - 1;
        long bytes = estimatedBytes(figures.get(keepFrom));
        while (keepFrom > 0 && bytes + estimatedBytes(figures.get(keepFrom - 1)) <= MAX_TIMELINE_BYTES) {
            bytes += estimatedBytes(figures.get(--keepFrom));
        }
        if (keepFrom > 0) {
            figures = new ArrayList<>(figures.subList(keepFrom, figures.size()));
        }
        return FigureLedger.timeline(key, figures);
    }
}
