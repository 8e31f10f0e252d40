package io.steppewatch.processor.analysis;

import io.steppewatch.analysis.SeedArticle;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;

/** Reads an article and says what it is about and which figures it states. */
@FunctionalInterface
public interface ArticleAnalysis {

    AnalyzedArticle analyze(Article article);

    /**
     * Analyses a baseline document given as {@code article}; an analysis that can honour how precisely the
     * seed's date is known (a year only, say) does so.
     */
    default AnalyzedArticle analyzeSeed(SeedArticle seed, Article article) {
        return analyze(article);
    }
}
