package io.steppewatch.processor.analysis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.analysis.SeedArticle;
import io.steppewatch.analysis.SeedCorpus;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.processor.ledger.Baseline;

/**
 * Builds the ledger's baseline from the baseline corpus (the bundled seed corpus, or the user's own
 * directory) by running each document through the same analysis as live articles.
 */
public final class BaselineLoader {

    private static final Logger LOG = LoggerFactory.getLogger(BaselineLoader.class);

    private BaselineLoader() {
    }

    public static Baseline load(Path directory, ArticleAnalysis analysis) {
        List<SeedArticle> seeds = directory == null ? SeedCorpus.bundled() : SeedCorpus.fromDirectory(directory);
        List<AnalyzedArticle> analyzed = seeds.stream().map(seed -> analysis.analyzeSeed(seed, article(seed))).toList();
        Baseline baseline = Baseline.of(analyzed);
        LOG.info("Baseline: {} documents from {}, {} figures known", baseline.articleCount(),
                directory == null ? "the bundled seed corpus" : directory, baseline.figureCount());
        return baseline;
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
