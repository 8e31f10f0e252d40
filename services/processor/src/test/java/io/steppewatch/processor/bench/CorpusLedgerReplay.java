package io.steppewatch.processor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.steppewatch.analysis.region.RegionRelevance;
import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.Measure;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.replay.HistoryReplay;

/**
 * What {@code bench/corpus/e2e.sh} measures, in seconds and without a broker: the labelled articles of a manifest
 * ({@code bench/corpus/feed.py}) go, in the order the feed lists them, through the ingester's region filter and then
 * the processor's ledger steps (near identities, then the series' rules, as {@link HistoryReplay} runs them), with the
 * figures the analysis gave them in {@code score.sh}'s prediction directory. Prints the alerts as JSON lines in the
 * shape {@code steppewatch tail alerts --json} gives the fields that {@code reference_ledger.py} and
 * {@code pipeline_vs_sim.py} read.
 *
 * <p>Why: a gap between the end-to-end score and {@code ledger_sim.py} is either the pipeline (relevance, ordering,
 * near identities) or the broker run; this replay shows the first alone, and with {@code --labelled-relevance} (the
 * labels decide relevance, as {@code ledger_sim.py} assumes) it isolates the ledger itself.
 *
 * <p>Run: {@code bench/corpus/ledger_replay.sh [dev|holdout ...]}; or
 * {@code CorpusLedgerReplay MANIFEST PRED_DIR TEXTS_DIR OUT.jsonl [--labelled-relevance]}.
 */
public final class CorpusLedgerReplay {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String URL_PREFIX = "https://corpus.steppewatch.example/";

    private CorpusLedgerReplay() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: CorpusLedgerReplay MANIFEST PRED_DIR TEXTS_DIR OUT.jsonl [--labelled-relevance]");
            System.exit(2);
        }
        Path predictions = Path.of(args[1]);
        Path texts = Path.of(args[2]);
        boolean labelledRelevance = args.length > 4 && args[4].equals("--labelled-relevance");

        TextAnalysis analysis = TextAnalysis.withDefaults();
        HistoryReplay replay = new HistoryReplay(analysis, BaselineLoader.load(null, analysis),
                new FigureLedger(0.02, false), 200);
        RegionRelevance region = RegionRelevance.withDefaults();
        List<String> out = new ArrayList<>();
        int kept = 0;
        int dropped = 0;
        for (JsonNode entry : inFeedOrder(Path.of(args[0]))) {
            String id = entry.get("id").asText();
            boolean relevant = labelledRelevance ? entry.get("relevant").asBoolean() : regionRelevant(region, texts.resolve(id));
            if (!relevant) {
                dropped++;
                continue;
            }
            kept++;
            AnalyzedArticle article = analyzed(id, published(entry), JSON.readTree(predictions.resolve(id + ".json").toFile()));
            for (Alert alert : replay.acceptAnalyzed(article, Instant.EPOCH)) {
                out.add(JSON.writeValueAsString(line(alert)));
            }
        }
        Files.write(Path.of(args[3]), out, StandardCharsets.UTF_8);
        System.err.printf("%d articles kept, %d dropped by %s relevance, %d alerts -> %s%n", kept, dropped,
                labelledRelevance ? "labelled" : "the region filter's", out.size(), args[3]);
    }

    /** The manifest's articles in feed.py's (and reference_ledger.py's) order: published, undated last, then id. */
    private static List<JsonNode> inFeedOrder(Path manifest) throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                entries.add(JSON.readTree(line));
            }
        }
        entries.sort(Comparator.comparing((JsonNode e) -> e.get("published").isNull() ? "9999" : e.get("published").asText())
                .thenComparing(e -> e.get("id").asText()));
        return entries;
    }

    /** The ingester's decision on the article as feed.py serves it: first line the title, the rest the body. */
    private static boolean regionRelevant(RegionRelevance region, Path text) throws IOException {
        String content = Files.readString(text, StandardCharsets.UTF_8);
        int newline = content.indexOf('\n');
        String title = newline < 0 ? content : content.substring(0, newline);
        String body = newline < 0 ? "" : content.substring(newline + 1);
        return region.score(title.strip(), body).relevant();
    }

    /** A date of publication as precise as the label gives it, taken at its first day. */
    private static Instant published(JsonNode entry) {
        if (entry.get("published").isNull()) {
            return null;
        }
        String[] parts = entry.get("published").asText().split("-");
        return LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1).atTime(8, 0).toInstant(ZoneOffset.UTC);
    }

    private static AnalyzedArticle analyzed(String id, Instant published, JsonNode prediction) {
        List<Figure> figures = new ArrayList<>();
        for (JsonNode f : prediction.get("analysis").get("figures")) {
            List<String> subjects = new ArrayList<>();
            f.get("subjects").forEach(s -> subjects.add(s.asText()));
            figures.add(Figure.newBuilder()
                    .setValue(f.get("value").asDouble())
                    .setUnit(f.get("unit").asText())
                    .setMeasure(Measure.valueOf(f.get("measure").asText()))
                    .setMetric(f.get("metric").asText())
                    .setSubjects(subjects.stream().sorted().toList())
                    .setPeriod(f.get("period").isNull() ? null : f.get("period").asText())
                    .setText(f.get("text").asText())
                    .setSentence(f.get("sentence").asText())
                    .setArticleId(id)
                    .setOffset(f.get("offset").asInt())
                    .build());
        }
        // Every field set: a default would need Avro's class trust for the record types.
        return AnalyzedArticle.newBuilder()
                .setId(id)
                .setUrl(URL_PREFIX + id)
                .setFeed("labelled corpus")
                .setSource("steppewatch labelled corpus")
                .setTitle(prediction.get("title").asText())
                .setLanguage(prediction.get("analysis").get("language").asText())
                .setPublished(published)
                .setPublishedPrecision(null)
                .setFetched(Instant.EPOCH)
                .setContentHash(id)
                .setTopics(new ArrayList<>())
                .setCountries(new ArrayList<>())
                .setFigures(figures)
                .setAnalyzerVersion(TextAnalysis.VERSION)
                .build();
    }

    private static Map<String, Object> line(Alert alert) {
        Figure figure = alert.getFigure();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("metric", figure.getMetric());
        fields.put("subjects", figure.getSubjects());
        fields.put("period", figure.getPeriod());
        fields.put("value", figure.getValue());
        fields.put("unit", figure.getUnit());
        fields.put("measure", figure.getMeasure().toString());
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", alert.getKind().toString());
        line.put("articleUrl", alert.getArticleUrl());
        line.put("figure", fields);
        return line;
    }
}
