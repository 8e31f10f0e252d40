package io.steppewatch.processor.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Measure;

/**
 * The near-identity rule, applied before a figure reaches its series: says which series a figure belongs to.
 * A figure whose own series does not hold its fact (metric, measure, period), but whose value agrees within
 * tolerance with the same fact in the same unit held by a series whose subjects overlap the figure's, belongs to
 * that series and confirms it there ({@link FigureLedger#nearIdentity} picks the series). Otherwise it stays in
 * its own series, and the {@link LedgerBook} judges it with the ordinary rules.
 *
 * <p>Why a step of its own: everything it needs is the figures of one fact, whatever their subjects, so the
 * processor can keep the ledger itself spread by series (metric and subjects), as before near identities, and
 * run this cheaper step apart. Were the ledger to look for near identities itself, one task would have to hold
 * every series of a metric and do all of their work, however few the metrics in the news.
 *
 * <p>The step is spread by metric and measure ({@link #routeKey}), not by the whole fact: the period stays out
 * so that the figures of one series and measure still reach the ledger in the order they were stated. Were
 * the period in the key, "2024" and "2025" of a series would travel through different tasks and could arrive
 * in either order, and whether the later year raises {@code NEW_PERIOD} would depend on timing. The ledger's
 * verdicts depend only on a series' figures of the same measure, so this order is the one that matters.
 *
 * <p>It keeps, per fact, which series hold it and with which values (the baseline's and those it sent to each
 * series since), and per series and measure which periods it holds (to tell a new period from an older one);
 * so it must see every figure of a metric and measure in order, the ones it leaves in their series included.
 * Pure: no Kafka; the processor runs it on a state store, {@code reprocess} on a map.
 */
public final class NearIdentities {

    /** Where the figures of each fact are remembered, by the key of the series they were sent to. */
    public interface Facts {
        /** Every learned series holding {@code fact}, by series key, with that fact's figures in it. */
        Map<String, List<KnownFigure>> get(String fact);

        void put(String fact, String seriesKey, List<KnownFigure> figures);

        /** The periods a learned series holds for a measure, one figure each (only period and measure matter). */
        List<KnownFigure> periods(String seriesKey, Measure measure);

        void putPeriods(String seriesKey, Measure measure, List<KnownFigure> periods);
    }

    private final FigureLedger ledger;
    private final Map<String, Map<String, List<KnownFigure>>> baseline;
    private final Baseline baselineSeries;
    private final int maxFiguresPerFact;
    private final Facts facts;

    /**
     * @param maxFiguresPerFact how many figures of one fact are kept for one series (the oldest go first): a
     *        series never holds more than the ledger's {@code ledger.max-figures-per-series} anyway
     */
    public NearIdentities(FigureLedger ledger, Baseline baseline, int maxFiguresPerFact, Facts facts) {
        this.ledger = ledger;
        this.baseline = byFact(baseline);
        this.baselineSeries = baseline;
        this.maxFiguresPerFact = maxFiguresPerFact;
        this.facts = facts;
    }

    /** The key figures are spread by before this step: their metric and measure. */
    public static String routeKey(Figure figure) {
        return figure.getMetric() + "|" + figure.getMeasure();
    }

    /**
     * What a near identity must share with a known figure before subjects and values are compared. The unit
     * is left out, since a series that holds the fact in another
     * unit holds its identity, and then the ledger judges the figure there (recorded, confirmed or revised).
     */
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
        String fact = factKey(figure);
        Map<String, List<KnownFigure>> learned = facts.get(fact);
        Map<String, List<KnownFigure>> holders = new HashMap<>(baseline.getOrDefault(fact, Map.of()));
        learned.forEach((key, figures) -> holders.merge(key, figures, NearIdentities::concat));
        holders.replaceAll((key, figures) -> figures.stream().filter(k -> Double.isFinite(k.getValue())).toList());
        holders.values().removeIf(List::isEmpty);

        // A series that already holds the fact (in any unit) judges the figure itself, and so does one for which
        // the figure is an older or undated period: the near-identity rule is for figures that would otherwise
        // open a series or a period, as the ledger would judge them in their own series.
        String target = seriesKey;
        List<KnownFigure> periods = null;
        if (!holders.containsKey(seriesKey)) {
            periods = facts.periods(seriesKey, figure.getMeasure());
            if (opensSeriesOrPeriod(figure, seriesKey, periods)) {
                String near = ledger.nearIdentity(figure, holders);
                target = near == null ? seriesKey : near;
            }
        }
        List<KnownFigure> kept = new ArrayList<>(learned.getOrDefault(target, List.of()));
        kept.add(remembered(observation));
        if (kept.size() > maxFiguresPerFact) {
            kept = new ArrayList<>(kept.subList(kept.size() - maxFiguresPerFact, kept.size()));
        }
        facts.put(fact, target, kept);
        if (target.equals(seriesKey) && periods != null) {
            // A period new to the series: remembered, so that a later, older one is told apart.
            List<KnownFigure> more = new ArrayList<>(periods);
            more.add(remembered(observation));
            if (more.size() > maxFiguresPerFact) {
                more = new ArrayList<>(more.subList(more.size() - maxFiguresPerFact, more.size()));
            }
            facts.putPeriods(seriesKey, figure.getMeasure(), more);
        }
        return target;
    }

    /**
     * Whether the ledger would raise NEW_METRIC or NEW_PERIOD for the figure in its own series, which does not
     * hold the figure's period: the verdict depends only on the periods the series holds for the measure.
     */
    private boolean opensSeriesOrPeriod(Figure figure, String seriesKey, List<KnownFigure> learnedPeriods) {
        List<KnownFigure> sameMeasure = new ArrayList<>(learnedPeriods);
        baselineSeries.get(seriesKey).stream()
                .filter(k -> k.getMeasure() == figure.getMeasure() && Double.isFinite(k.getValue()))
                .forEach(sameMeasure::add);
        Verdict verdict = ledger.judge(figure, sameMeasure).verdict();
        return verdict == Verdict.NEW_METRIC || verdict == Verdict.NEW_PERIOD;
    }

    /** What deciding a near identity needs of a figure; its texts stay in the ledger, which shows them. */
    private static KnownFigure remembered(FigureObservation observation) {
        Figure figure = observation.getFigure();
        return KnownFigure.newBuilder()
                .setValue(figure.getValue())
                .setUnit(figure.getUnit())
                .setMeasure(figure.getMeasure())
                .setPeriod(figure.getPeriod())
                .setArticleId(observation.getArticleId())
                .setUrl("")
                .setSource("")
                .setSentence("")
                .setPublished(observation.getPublished())
                .build();
    }

    private static List<KnownFigure> concat(List<KnownFigure> first, List<KnownFigure> second) {
        List<KnownFigure> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static Map<String, Map<String, List<KnownFigure>>> byFact(Baseline baseline) {
        Map<String, Map<String, List<KnownFigure>>> index = new HashMap<>();
        baseline.all().forEach((seriesKey, figures) -> {
            String metric = FigureLedger.metricOf(seriesKey);
            for (KnownFigure known : figures) {
                index.computeIfAbsent(factKey(metric, known.getMeasure(), known.getPeriod()), f -> new HashMap<>())
                        .computeIfAbsent(seriesKey, k -> new ArrayList<>()).add(known);
            }
        });
        return index;
    }
}
