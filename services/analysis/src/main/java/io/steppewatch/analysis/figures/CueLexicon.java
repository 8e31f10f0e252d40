package io.steppewatch.analysis.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * The metric vocabulary ({@code metrics.tsv}) and the measure/period cues ({@code cues.tsv}), each extensible
 * by a user's file with the same columns. Immutable and thread-safe.
 */
public final class CueLexicon {

    public static final String METRICS_RESOURCE = "/io/steppewatch/analysis/figures/metrics.tsv";
    public static final String CUES_RESOURCE = "/io/steppewatch/analysis/figures/cues.tsv";
    private static final Set<String> CUE_KINDS = Set.of("change", "change-after", "share-after", "share", "target",
            "future", "commodity", "sanctions", "delimitation", "conduit", "line-operator", "anaphora", "present", "moment", "event", "cost", "cumulative", "subregion",
            "pointer", "conveyance", "stake", "idiom", "seizure", "standing", "holds", "signing", "trade-in-tonnes", "goods", "gas",
            "freight-turnover", "rail-network", "funding", "deal", "border-crossing", "contractor", "yearly", "queue",
            "vote", "standing-vote", "voting", "garrison", "height", "wagons", "works", "period-back", "flowing", "economy", "accounts", "recurring");
    private static final Set<String> UNIT_CLASSES = Set.of("money", "percent", "change", "share", "count", "t", "km",
            "TEU", "rank", "years", "m3", "days", "m/s", "km/h", "mph", "times", "mi", "nmi", "ft", "m", "MW", "GW",
            "kWh", "bbl");

    /** A metric cue: the metric it names, the figures it fits, how specific it is; or a refinement of a metric. */
    public record MetricCue(String metric, Set<String> units, double weight, String refines) {
        /** Whether the metric can describe a figure of this class ("percent" in the file covers change and share). */
        boolean fits(String unitClass) {
            return refines == null && (units.contains(unitClass)
                    || (units.contains("percent") && (unitClass.equals("change") || unitClass.equals("share"))));
        }
    }

    /** A cue found in a text, with its char offsets. */
    public record Hit<T>(T value, int start, int end) {
    }

    private record MetricLine(MetricCue cue, String phrase) {
    }

    private record CueLine(String kind, String phrase) {
    }

    private final List<MetricLine> metricLines;
    private final List<CueLine> cueLines;
    private final PhraseMatcher<List<MetricCue>> metrics;
    private final PhraseMatcher<String> cues;
    private final Set<String> metricNames;

    private CueLexicon(List<MetricLine> metricLines, List<CueLine> cueLines) {
        this.metricLines = List.copyOf(metricLines);
        this.cueLines = List.copyOf(cueLines);
        // One phrase may name several metrics ("coentreprises": a count of joint ventures, the value of joint
        // projects); the figure's unit picks among them.
        Map<String, List<MetricCue>> byPhrase = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (MetricLine line : metricLines) {
            byPhrase.computeIfAbsent(line.phrase(), k -> new ArrayList<>()).add(line.cue());
            names.add(line.cue().metric());
        }
        PhraseMatcher.Builder<List<MetricCue>> metricBuilder = PhraseMatcher.builder();
        byPhrase.forEach((phrase, cueList) -> metricBuilder.add(phrase, List.copyOf(cueList)));
        this.metrics = metricBuilder.build();
        this.metricNames = Set.copyOf(names);
        PhraseMatcher.Builder<String> cueBuilder = PhraseMatcher.builder();
        for (CueLine line : cueLines) {
            cueBuilder.add(line.phrase(), line.kind());
        }
        this.cues = cueBuilder.build();
    }

    public static CueLexicon defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final CueLexicon DEFAULTS = new CueLexicon(
                parse(TsvLines.fromResource(CueLexicon.class, METRICS_RESOURCE, "metric lexicon"),
                        CueLexicon::parseMetric),
                parse(TsvLines.fromResource(CueLexicon.class, CUES_RESOURCE, "cue lexicon"), CueLexicon::parseCue));
    }

    /** This lexicon plus a user's metric file (columns of metrics.tsv). */
    public CueLexicon withMetrics(Path file) {
        List<MetricLine> all = new ArrayList<>(metricLines);
        all.addAll(parse(TsvLines.fromFile(file, "metric file"), CueLexicon::parseMetric));
        return new CueLexicon(all, cueLines);
    }

    /** This lexicon plus a user's cue file (columns of cues.tsv). */
    public CueLexicon withCues(Path file) {
        List<CueLine> all = new ArrayList<>(cueLines);
        all.addAll(parse(TsvLines.fromFile(file, "cue file"), CueLexicon::parseCue));
        return new CueLexicon(metricLines, all);
    }

    public Set<String> metricNames() {
        return metricNames;
    }

    public List<Hit<List<MetricCue>>> metricsIn(List<Words.Word> words) {
        List<Hit<List<MetricCue>>> hits = new ArrayList<>();
        for (PhraseMatcher.Match<List<MetricCue>> m : metrics.findAll(words)) {
            hits.add(new Hit<>(m.value(), words.get(m.first()).start(), words.get(m.last()).end()));
        }
        return hits;
    }

    /** The metric cues of the words starting at {@code index}, or null. */
    public List<MetricCue> metricAt(List<Words.Word> words, int index) {
        PhraseMatcher.Match<List<MetricCue>> m = metrics.matchAt(words, index);
        return m == null ? List.of() : m.value();
    }

    public List<Hit<String>> cuesIn(List<Words.Word> words) {
        List<Hit<String>> hits = new ArrayList<>();
        for (PhraseMatcher.Match<String> m : cues.findAll(words)) {
            hits.add(new Hit<>(m.value(), words.get(m.first()).start(), words.get(m.last()).end()));
        }
        return hits;
    }

    /** The cue kind of the phrase starting at word {@code index}, or null. */
    public String cueAt(List<Words.Word> words, int index) {
        PhraseMatcher.Match<String> m = cues.matchAt(words, index);
        return m == null ? null : m.value();
    }

    private static MetricLine parseMetric(TsvLines.Line line) {
        List<String> columns = line.columns(4, "metric, units, weight, cue");
        String metric = columns.get(0).trim();
        String units = columns.get(1).trim();
        double weight;
        try {
            weight = Double.parseDouble(columns.get(2).trim());
        } catch (NumberFormatException e) {
            throw line.error("weight must be a number, got '" + columns.get(2) + "'", e);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw line.error("weight must be within (0, 1], got " + weight);
        }
        if (units.startsWith("refines:")) {
            return new MetricLine(new MetricCue(metric, Set.of(), weight, units.substring("refines:".length())),
                    columns.get(3).trim());
        }
        Set<String> classes = new HashSet<>(Arrays.asList(units.split(",")));
        classes.removeIf(String::isBlank);
        for (String unitClass : classes) {
            if (!UNIT_CLASSES.contains(unitClass.trim())) {
                throw line.error("unknown unit class '" + unitClass + "', expected one of " + UNIT_CLASSES);
            }
        }
        return new MetricLine(new MetricCue(metric, Set.copyOf(classes), weight, null), columns.get(3).trim());
    }

    private static CueLine parseCue(TsvLines.Line line) {
        List<String> columns = line.columns(2, "kind, cue");
        String kind = columns.get(0).trim();
        if (!CUE_KINDS.contains(kind)) {
            throw line.error("unknown cue kind '" + kind + "', expected one of " + CUE_KINDS);
        }
        return new CueLine(kind, columns.get(1).trim());
    }

    private static <T> List<T> parse(List<TsvLines.Line> lines, Function<TsvLines.Line, T> parser) {
        return lines.stream().map(parser).toList();
    }
}
