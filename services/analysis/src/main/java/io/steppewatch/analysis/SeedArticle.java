package io.steppewatch.analysis;

import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An article of a baseline corpus.
 *
 * @param file              file name in the corpus
 * @param url               where it came from ({@code seed:<name>} for the bundled seeds)
 * @param source            who published it
 * @param text              the article
 * @param publishedPrecision how precisely {@code text.published()} is known: DAYS, MONTHS or YEARS
 *                          (the seed dated "2025" reads as 2025-01-01 with YEARS)
 */
public record SeedArticle(String file, String url, String source, ArticleText text, ChronoUnit publishedPrecision) {

    public SeedArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        publishedPrecision = publishedPrecision == null ? ChronoUnit.DAYS : publishedPrecision;
    }

    public SeedArticle(String file, String url, String source, ArticleText text) {
        this(file, url, source, text, ChronoUnit.DAYS);
    }

    /** Analyses this article, honouring the precision of its publication date. */
    public Analysis analyzeWith(ArticleAnalyzer analyzer) {
        return analyzer.analyze(text, publishedPrecision);
    }
}
