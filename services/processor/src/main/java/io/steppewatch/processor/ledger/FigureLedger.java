package io.steppewatch.processor.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.steppewatch.avro.Figure;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.avro.Measure;

/**
 * The rules that decide whether a figure is news, given what is already known for its metric and
 * subjects (the baseline corpus first, then everything seen since). Pure: no Kafka, no state of its own.
 *
 * <p>A figure's identity is (metric, subjects, period, measure). In order:
 * <ol>
 *   <li>identity known with a value of the same unit within tolerance: {@link Verdict#CONFIRMED};</li>
 *   <li>identity known with the same unit, every such value off by more than the tolerance and stated by
 *       other articles: {@link Verdict#REVISED};</li>
 *   <li>identity unknown, measure known for this metric and subjects, and the figure's period ends after
 *       every known one: {@link Verdict#NEW_PERIOD}, with the change from the latest value of the same
 *       unit (a series known only undated gets its first period, with no change);</li>
 *   <li>nothing at all known for this metric and subjects, or this measure never seen for them:
 *       {@link Verdict#NEW_METRIC};</li>
 *   <li>anything else (an older or undated period, a known identity in another unit):
 *       {@link Verdict#RECORDED}, silently.</li>
 * </ol>
 * Whether a figure opens a period or a series (rules 3 and 4) counts only what had been published when its
 * article was ({@link #publishedBy}): articles read out of publication order raise what they would have raised in
 * order.
 *
 * <p>Before a figure reaches its series, {@link NearIdentities} looks for a near identity ({@link #nearIdentity}):
 * the same fact with its subjects stated more or less fully ("trade with China" labelled {@code [KZ]} in one
 * article, {@code [CN, KZ]} in another) is sent to the known series, which it confirms, instead of opening one.
 */
public final class FigureLedger {

    public static final String OTHER_METRIC = "other";

    private final double tolerance;
    private final boolean alertOnOther;

    public FigureLedger(double tolerance, boolean alertOnOther) {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), got " + tolerance);
        }
        this.tolerance = tolerance;
        this.alertOnOther = alertOnOther;
    }

    /** The key under which the ledger keeps a figure's series: {@code metric|KZ,RU}. */
    public static String key(String metric, List<String> subjects) {
        return metric + "|" + String.join(",", subjects.stream().sorted().toList());
    }

    /** Whether the ledger leaves this figure alone: metric {@code other}, unless alerts on it are asked for. */
    public boolean ignores(Figure figure) {
        return OTHER_METRIC.equals(figure.getMetric()) && !alertOnOther;
    }

    /** Judges a figure against everything known, as if its article had arrived after all of it. */
    public Judgement judge(Figure figure, List<KnownFigure> known) {
        return judge(figure, known, known);
    }

    /**
     * Judges a figure. A fact already known (its identity) is judged against everything known, so that it is never
     * announced twice; whether it opens a series or a period is judged against {@code knownThen}, what had been
     * published when its article was (see {@link #publishedBy}), so that articles read out of publication order
     * (several partitions, a feed read in bulk) raise the alerts they would have raised in order.
     */
    public Judgement judge(Figure figure, List<KnownFigure> known, List<KnownFigure> knownThen) {
        if (ignores(figure)) {
            return Judgement.of(Verdict.IGNORED);
        }
        if (known.isEmpty()) {
            return Judgement.of(Verdict.NEW_METRIC);
        }
        List<KnownFigure> sameIdentity = known.stream()
                .filter(k -> k.getMeasure() == figure.getMeasure() && Objects.equals(k.getPeriod(), figure.getPeriod()))
                .toList();
        if (!sameIdentity.isEmpty()) {
            return judgeKnownIdentity(figure, sameIdentity);
        }
        List<KnownFigure> sameMeasure = knownThen.stream().filter(k -> k.getMeasure() == figure.getMeasure()).toList();
        if (sameMeasure.isEmpty()) {
            return new Judgement(Verdict.NEW_METRIC, newestFirst(knownThen), null);
        }
        Optional<Period> period = Period.parse(figure.getPeriod());
        List<KnownFigure> dated = sameMeasure.stream().filter(k -> Period.parse(k.getPeriod()).isPresent()).toList();
        boolean newer = period.isPresent() && dated.stream()
                .allMatch(k -> period.get().endsAfter(Period.parse(k.getPeriod()).orElseThrow()));
        if (period.isEmpty() || !newer) {
            return Judgement.of(Verdict.RECORDED);
        }
        if (dated.isEmpty()) {
            // The series was known only without a date ("45,400 jobs"): its first dated figure starts its timeline,
            // and a change from an undated value would say nothing.
            List<KnownFigure> undated = newestFirst(sameMeasure);
            return new Judgement(Verdict.NEW_PERIOD, undated.subList(0, Math.min(3, undated.size())), null);
        }
        List<KnownFigure> compared = newestFirst(dated);
        Double change = compared.stream().filter(k -> k.getUnit().equals(figure.getUnit())).findFirst()
                .map(latest -> changeFor(figure, latest)).orElse(null);
        return new Judgement(Verdict.NEW_PERIOD, compared.subList(0, Math.min(3, compared.size())), change);
    }

    private Judgement judgeKnownIdentity(Figure figure, List<KnownFigure> sameIdentity) {
        List<KnownFigure> sameUnit = sameIdentity.stream().filter(k -> k.getUnit().equals(figure.getUnit())).toList();
        if (sameUnit.isEmpty()) {
            return Judgement.of(Verdict.RECORDED);
        }
        if (sameUnit.stream().anyMatch(k -> withinTolerance(figure.getValue(), k.getValue()))) {
            return Judgement.of(Verdict.CONFIRMED);
        }
        List<KnownFigure> fromOthers = sameUnit.stream()
                .filter(k -> !k.getArticleId().equals(figure.getArticleId())).toList();
        if (fromOthers.isEmpty()) {
            // One article giving two values for one identity is an extraction ambiguity, not a revision.
            return Judgement.of(Verdict.RECORDED);
        }
        List<KnownFigure> compared = newestFirst(fromOthers);
        return new Judgement(Verdict.REVISED, compared, changeFor(figure, compared.get(0)));
    }

    /**
     * The learned figures that come before an article published at {@code published}, in publication order: those
     * of articles published no later than it. An undated article comes after every other, and an undated known
     * figure after every dated article (the baseline, which comes first of all, is not part of {@code learned}).
     */
    public static List<KnownFigure> publishedBy(Instant published, List<KnownFigure> learned) {
        if (published == null) {
            return learned;
        }
        return learned.stream().filter(k -> k.getPublished() != null && !k.getPublished().isAfter(published)).toList();
    }

    /**
     * The near-identity rule: among other series of the same metric whose subjects hold the figure's or are held by
     * them ({@link #nested}), the key
     * of one that already knows a figure of the same measure, period and unit with a value within tolerance; or
     * null. When several do, the one sharing the most subjects wins, then the one holding the most of the given
     * figures (the series that states the fact most often), then the first key.
     *
     * @param series other series of the figure's metric (key to known figures, at least those of the figure's
     *        measure and period), the figure's own excluded
     */
    public String nearIdentity(Figure figure, Map<String, List<KnownFigure>> series) {
        Set<String> subjects = Set.copyOf(figure.getSubjects());
        String best = null;
        int bestShared = 0;
        int bestSize = 0;
        for (Map.Entry<String, List<KnownFigure>> entry : new TreeMap<>(series).entrySet()) {
            int shared = sharedSubjects(subjects, entry.getKey());
            if (!nested(subjects.size(), shared, entry.getKey())) {
                continue;
            }
            boolean confirms = entry.getValue().stream().anyMatch(k -> k.getMeasure() == figure.getMeasure()
                    && Objects.equals(k.getPeriod(), figure.getPeriod()) && k.getUnit().equals(figure.getUnit())
                    && withinTolerance(figure.getValue(), k.getValue()));
            if (confirms && (shared > bestShared || shared == bestShared && entry.getValue().size() > bestSize)) {
                best = entry.getKey();
                bestShared = shared;
                bestSize = entry.getValue().size();
            }
        }
        return best;
    }

    /**
     * Whether a figure with {@code subjects} and the series {@code key}, sharing {@code shared} of them, name the
     * same parties as far as one of them says: one's subjects hold all of the other's ({@code [KZ]} and
     * {@code [CN, KZ]}, {@code [KZ, RU]} and {@code [BY, KZ, RU]}). Two pairs that share one country ({@code [KG, UZ]}
     * and {@code [KZ, UZ]}) are two facts, however close their values: round targets ("$2 billion") recur.
     */
    static boolean nested(int subjects, int shared, String key) {
        return shared > 0 && (shared == subjects || shared == subjectCount(key));
    }

    /** Whether the figure's {@code subjects} and the series {@code key}'s are {@link #nested}. */
    static boolean nested(Set<String> subjects, String key) {
        return nested(subjects.size(), sharedSubjects(subjects, key), key);
    }

    private static int subjectCount(String key) {
        int bar = key.indexOf('|');
        int count = 0;
        for (String code : key.substring(bar + 1).split(",")) {
            if (!code.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** How many of {@code subjects} the series {@code key} names. */
    static int sharedSubjects(Set<String> subjects, String key) {
        int bar = key.indexOf('|');
        int shared = 0;
        for (String code : key.substring(bar + 1).split(",")) {
            if (!code.isEmpty() && subjects.contains(code)) {
                shared++;
            }
        }
        return shared;
    }

    /** A series' timeline: its metric and subjects read back from its key, with {@code figures}. */
    public static LedgerTimeline timeline(String key, List<KnownFigure> figures) {
        int bar = key.indexOf('|');
        String subjects = key.substring(bar + 1);
        return LedgerTimeline.newBuilder()
                .setMetric(key.substring(0, bar))
                .setSubjects(subjects.isEmpty() ? List.of() : List.of(subjects.split(",")))
                .setFigures(figures)
                .build();
    }

    /** The metric of a ledger key ({@code trade.turnover|CN,KZ} is {@code trade.turnover}). */
    public static String metricOf(String key) {
        int bar = key.indexOf('|');
        return bar < 0 ? key : key.substring(0, bar);
    }

    boolean withinTolerance(double value, double known) {
        double scale = Math.max(Math.abs(value), Math.abs(known));
        return scale == 0 || Math.abs(value - known) <= tolerance * scale;
    }

    /** Relative change in percent for levels; for percentages themselves, the difference in points. */
    private static Double changeFor(Figure figure, KnownFigure previous) {
        if (figure.getMeasure() == Measure.CHANGE || figure.getMeasure() == Measure.SHARE) {
            return figure.getValue() - previous.getValue();
        }
        if (previous.getValue() == 0) {
            return null;
        }
        return (figure.getValue() - previous.getValue()) / Math.abs(previous.getValue()) * 100.0;
    }

    /** Latest period first; among equal periods, the one learned last first. */
    private static List<KnownFigure> newestFirst(List<KnownFigure> figures) {
        List<KnownFigure> ordered = new ArrayList<>(figures);
        Collections.reverse(ordered);
        ordered.sort(Comparator.comparing((KnownFigure k) -> Period.parse(k.getPeriod())
                .map(Period::end).orElse(java.time.LocalDate.MIN)).reversed());
        return ordered;
    }
}
