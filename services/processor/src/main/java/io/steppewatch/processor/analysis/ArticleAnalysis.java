package io.steppewatch.processor.analysis;

import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;

/** Reads an article and says what it is about and which figures it states. */
@FunctionalInterface
public interface ArticleAnalysis {

    AnalyzedArticle analyze(Article article);
}
