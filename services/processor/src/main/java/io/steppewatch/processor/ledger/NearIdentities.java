package io.steppewatch.processor.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Measure;

/**
 * The near-identity rule, applied before a figure reaches its series: says which series a figure belongs to.
 * A figure that would open a series or a period in its own series, but whose value agrees within tolerance with
 * the same fact (metric, measure, period) in the same unit held by a series whose subjects hold the figure's or
 * are held by them ({@link FigureLedger#nested}), belongs to that series and confirms it there
 * ({@link FigureLedger#nearIdentity} picks the series). Otherwise
 * it stays in its own series, and the {@link LedgerBook} judges it with the ordinary rules.
 *
 * <p>Why a step of its own: everything it needs is the figures of one metric and measure, whatever their
 * subjects, so the processor can keep the ledger itself spread by series (metric and subjects), as before near
 * identities, and run this cheaper step apart. Were the ledger to look for near identities itself, one task would have to hold
 * every series of a metric and do all of their work, however few the metrics in the news.
 *
 * <p>The step is spread by metric and measure ({@link #routeKey}), not by the whole fact: the period stays out
 * so that the figures of one series and measure still reach the ledger in the order they were stated. Were
 * the period in the key, "2024" and "2025" of a series would travel through different tasks and could arrive
 * in either order, and whether the later year raises {@code NEW_PERIOD} would depend on timing. The ledger's
 * verdicts depend only on a series' figures of the same measure, so this order is the one that matters.
 *
 * <p>It keeps, for each series and measure, the figures the ledger holds (their values, without texts, in the
 * same order and dropped past {@code ledger.max-figures-per-series} as the ledger drops them), and for each
 * fact which series have held it: the candidates, each checked against what its series still holds. So it must
 * see every figure of a metric and measure in order, the ones it leaves in their series included.
 * Pure: no Kafka; the processor runs it on a state store, {@code reprocess} on maps.
 */
public final class NearIdentities {

    /** What the step remembers. */
    public interface Facts {
        /** The learned series that have held {@code fact} at some time (some may hold it no longer). */
        Set<String> holders(String fact);

        void addHolder(String fact, String seriesKey);

        /** A learned series' figures of one measure, oldest first, as the ledger holds them (values, no texts). */
        List<KnownFigure> series(String seriesKey, Measure measure);

        void putSeries(String seriesKey, Measure measure, List<KnownFigure> figures);
    }

    /**
     * The step's memory in maps, for {@code reprocess} and tests: a history replayed in one process needs no
     * state store.
     */
    public static final class InMemoryFacts implements Facts {
        private final Map<String, Set<String>> holders = new HashMap<>();
        private final Map<String, List<KnownFigure>> series = new HashMap<>();

        @Override
        public Set<String> holders(String fact) {
            return holders.getOrDefault(fact, Set.of());
        }

        @Override
        public void addHolder(String fact, String seriesKey) {
            holders.computeIfAbsent(fact, f -> new HashSet<>()).add(seriesKey);
        }

        @Override
        public List<KnownFigure> series(String seriesKey, Measure measure) {
            return series.getOrDefault(seriesKey + "#" + measure, List.of());
        }

        @Override
        public void putSeries(String seriesKey, Measure measure, List<KnownFigure> figures) {
            series.put(seriesKey + "#" + measure, figures);
        }

        /** Whether nothing at all has been remembered. */
        public boolean isEmpty() {
            return holders.isEmpty() && series.isEmpty();
        }
    }

    private final FigureLedger ledger;
    private final Baseline baseline;
    private final Map<String, Set<String>> baselineHolders;
    private final int maxFiguresPerSeries;
    private final Facts facts;

    /** @param maxFiguresPerSeries the ledger's {@code ledger.max-figures-per-series} */
    public NearIdentities(FigureLedger ledger, Baseline baseline, int maxFiguresPerSeries, Facts facts) {
        this.ledger = ledger;
        this.baseline = baseline;
        this.baselineHolders = holdersOf(baseline);
        this.maxFiguresPerSeries = maxFiguresPerSeries;
        this.facts = facts;
    }

    /** The key figures are spread by before this step: their metric and measure. */
    public static String routeKey(Figure figure) {
        return figure.getMetric() + "|" + figure.getMeasure();
    }

    /** A figure's fact: what a near identity shares with a known figure, subjects aside (the unit is compared after). */
    public static String factKey(String metric, Measure measure, String period) {
        return metric + "|" + measure + "|" + period;
    }

    public static String factKey(Figure figure) {
        return factKey(figure.getMetric(), figure.getMeasure(), figure.getPeriod());
    }

    /**
     * The key of the series the figure belongs to ({@code seriesKey}, its own, unless a near identity says
     * otherwise), and remembers the figure there. Figures the ledger refuses or ignores pass unchanged and are
     * not remembered, since the ledger records nothing of them either.
     */
    public String resolve(String seriesKey, FigureObservation observation) {
        Figure figure = observation.getFigure();
        if (!Double.isFinite(figure.getValue()) || ledger.ignores(figure)) {
            return seriesKey;
        }
        Measure measure = figure.getMeasure();
        String fact = factKey(figure);
        List<KnownFigure> ownLearned = facts.series(seriesKey, measure);
        String articleId = observation.getArticleId();
        List<KnownFigure> own = known(seriesKey, ownLearned, articleId);
        boolean holdsPeriod = own.stream()
                .anyMatch(k -> k.getMeasure() == measure && Objects.equals(k.getPeriod(), figure.getPeriod()));
        Set<String> learnedHolders = facts.holders(fact);

        // The near-identity rule is for a figure that would open a series or a period in its own series, as the
        // ledger would judge it there: its verdict depends only on the series' figures of the same measure. A
        // series that holds the period (in any unit), or for which it is an older or undated one, judges it.
        String target = seriesKey;
        List<KnownFigure> targetLearned = ownLearned;
        Verdict verdict = holdsPeriod ? Verdict.RECORDED : ledger.judge(figure, own, ownThen(seriesKey, own,
                ownLearned, observation)).verdict();
        if (verdict == Verdict.NEW_METRIC || verdict == Verdict.NEW_PERIOD) {
            Set<String> subjects = Set.copyOf(figure.getSubjects());
            Set<String> keys = new TreeSet<>(learnedHolders);
            keys.addAll(baselineHolders.getOrDefault(fact, Set.of()));
            keys.remove(seriesKey);
            Map<String, List<KnownFigure>> candidates = new HashMap<>();
            Map<String, List<KnownFigure>> learned = new HashMap<>();
            for (String key : keys) {
                if (FigureLedger.nested(subjects, key)) {
                    List<KnownFigure> theirs = facts.series(key, measure);
                    learned.put(key, theirs);
                    candidates.put(key, known(key, theirs, articleId));
                }
            }
            String near = ledger.nearIdentity(figure, candidates);
            if (near != null) {
                target = near;
                targetLearned = learned.get(near);
            }
        }
        List<KnownFigure> kept = new ArrayList<>(targetLearned);
        kept.add(remembered(observation));
        if (kept.size() > maxFiguresPerSeries) {
            kept = new ArrayList<>(kept.subList(kept.size() - maxFiguresPerSeries, kept.size()));
        }
        facts.putSeries(target, measure, kept);
        if (!learnedHolders.contains(target)) {
            facts.addHolder(fact, target);
        }
        return target;
    }

    /** {@code own} as it stood when the figure's article was published ({@link FigureLedger#publishedBy}). */
    private List<KnownFigure> ownThen(String seriesKey, List<KnownFigure> own, List<KnownFigure> ownLearned,
                                      FigureObservation observation) {
        List<KnownFigure> learnedThen = FigureLedger.publishedBy(observation.getPublished(), ownLearned);
        return learnedThen.size() < ownLearned.size() ? known(seriesKey, learnedThen, observation.getArticleId()) : own;
    }

    /**
     * A series as the ledger knows it, as far as this step can tell: the baseline's figures (every measure, as
     * the ledger counts them when it prefers the series holding the most, as known to the figure's article:
     * {@link Baseline#knownTo}), then the learned ones of the measure.
     */
    private List<KnownFigure> known(String seriesKey, List<KnownFigure> learned, String articleId) {
        List<KnownFigure> known = new ArrayList<>();
        for (KnownFigure k : baseline.knownTo(seriesKey, articleId)) {
            if (Double.isFinite(k.getValue())) {
                known.add(k);
            }
        }
        known.addAll(learned);
        return known;
    }


    /** What deciding a near identity needs of a figure; its texts stay in the ledger, which shows them. */
    private static KnownFigure remembered(FigureObservation observation) {
        KnownFigure known = AlertFactory.known(observation);
        known.setUrl("");
        known.setSource("");
        known.setSentence("");
        return known;
    }

    private static Map<String, Set<String>> holdersOf(Baseline baseline) {
        Map<String, Set<String>> index = new HashMap<>();
        baseline.all().forEach((seriesKey, figures) -> {
            String metric = FigureLedger.metricOf(seriesKey);
            for (KnownFigure known : figures) {
                index.computeIfAbsent(factKey(metric, known.getMeasure(), known.getPeriod()), f -> new HashSet<>())
                        .add(seriesKey);
            }
        });
        return index;
    }
}
