package io.steppewatch.processor.analysis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.analysis.SeedArticle;
import io.steppewatch.analysis.SeedCorpus;
import io.steppewatch.analysis.eval.GoldFigure;
import io.steppewatch.analysis.eval.SeedEvaluation;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.Measure;
import io.steppewatch.processor.ledger.Baseline;

/**
 * Builds the ledger's baseline from the baseline corpus (the bundled seed corpus, or the user's own
 * directory) by running each document through the same analysis as live articles. The bundled seeds come
 * with hand labels for every figure they state ({@code seed-figures.jsonl}): the baseline holds those labels,
 * checked by people, and beside them whatever the analysis reads differently in the same text, so that a later
 * article stating a seed's fact is judged against the fact as labelled, and a seed arriving again as a live
 * article still confirms what it said.
 */
public final class BaselineLoader {

    private static final Logger LOG = LoggerFactory.getLogger(BaselineLoader.class);

    private BaselineLoader() {
    }

    public static Baseline load(Path directory, ArticleAnalysis analysis) {
        List<SeedArticle> seeds = directory == null ? SeedCorpus.bundled() : SeedCorpus.fromDirectory(directory);
        Map<String, List<GoldFigure>> labels = directory == null ? labelsByDocument(SeedEvaluation.bundledFigures())
                : Map.of();
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        // The readings that no label states stay known to their own seed alone (see Baseline#knownTo).
        Map<String, Integer> labelled = new HashMap<>();
        for (SeedArticle seed : seeds) {
            List<GoldFigure> own = labels.get(seed.file());
            AnalyzedArticle article = labelled(analysis.analyzeSeed(seed, article(seed)), seed, own);
            if (own != null && !own.isEmpty()) {
                labelled.put(article.getId(), own.size());
            }
            analyzed.add(article);
        }
        Baseline baseline = Baseline.of(analyzed, labelled);
        LOG.info("Baseline: {} documents from {}, {} figures known", baseline.articleCount(),
                directory == null ? "the bundled seed corpus" : directory, baseline.figureCount());
        return baseline;
    }

    static Map<String, List<GoldFigure>> labelsByDocument(List<GoldFigure> figures) {
        Map<String, List<GoldFigure>> byDocument = new HashMap<>();
        for (GoldFigure figure : figures) {
            byDocument.computeIfAbsent(figure.doc(), doc -> new ArrayList<>()).add(figure);
        }
        return byDocument;
    }

    /** The analysed seed with its labelled figures first, then the analysed ones that no label states. */
    static AnalyzedArticle labelled(AnalyzedArticle analyzed, SeedArticle seed, List<GoldFigure> labels) {
        if (labels == null || labels.isEmpty()) {
            return analyzed;
        }
        String title = seed.text().title();
        String body = seed.text().body();
        List<Sentences.Sentence> sentences = Sentences.split(body);
        List<Figure> figures = new ArrayList<>();
        for (GoldFigure label : labels) {
            int offset = body.indexOf(label.quote());
            String sentence = offset >= 0 ? sentenceAt(sentences, body, offset)
                    : title.contains(label.quote()) ? title : label.quote();
            figures.add(Figure.newBuilder()
                    .setValue(label.value())
                    .setUnit(label.unit())
                    .setMeasure(Measure.valueOf(label.measure().toUpperCase(Locale.ROOT)))
                    .setMetric(label.metric())
                    .setSubjects(label.subjects().stream().sorted().toList())
                    .setPeriod(label.period())
                    .setText(label.quote())
                    .setSentence(sentence)
                    .setArticleId(analyzed.getId())
                    .setOffset(offset)
                    .build());
        }
        for (Figure read : analyzed.getFigures()) {
            if (figures.stream().noneMatch(label -> sameFact(label, read))) {
                figures.add(read);
            }
        }
        // Set in place: a builder copying the record would need Avro's class trust, not installed at start-up.
        analyzed.setFigures(figures);
        return analyzed;
    }

    private static boolean sameFact(Figure a, Figure b) {
        return a.getMetric().equals(b.getMetric()) && a.getSubjects().equals(b.getSubjects())
                && Objects.equals(a.getPeriod(), b.getPeriod()) && a.getMeasure() == b.getMeasure()
                && a.getUnit().equals(b.getUnit())
                && Math.abs(a.getValue() - b.getValue())
                        <= 0.005 * Math.max(Math.abs(a.getValue()), Math.abs(b.getValue()));
    }

    /** The sentence of {@code body} that holds {@code offset}, as the analysis splits sentences. */
    private static String sentenceAt(List<Sentences.Sentence> sentences, String body, int offset) {
        return sentences.stream().filter(s -> s.contains(offset)).findFirst()
                .map(s -> s.text(body).strip()).orElse(body);
    }

    /** A seed document as an article, with a stable id derived from its url. */
    public static Article article(SeedArticle seed) {
        Instant published = seed.text().published() == null ? null
                : seed.text().published().atStartOfDay().toInstant(ZoneOffset.UTC);
        return Article.newBuilder()
                .setId(id(seed.url()))
                .setUrl(seed.url())
                .setFeed("baseline")
                .setSource(seed.source())
                .setTitle(seed.text().title())
                .setText(seed.text().body())
                .setLanguage(seed.text().declaredLanguage())
                .setPublished(published)
                .setPublishedPrecision(published == null ? null : TextAnalysis.datePrecision(seed.publishedPrecision()))
                .setFetched(published == null ? Instant.EPOCH : published)
                .setContentHash(id(seed.text().title() + "\n" + seed.text().body()))
                .build();
    }

    private static String id(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
