package io.steppewatch.processor.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.TopicScore;
import io.steppewatch.processor.analysis.ArticleAnalysis;

/**
 * An analysis whose findings the test states per article id, so that ledger and routing rules can be
 * tested independently of the text analysis. An article whose text is {@code FAIL} makes it throw, as a
 * bug on bad content would.
 */
final class ScriptedAnalysis implements ArticleAnalysis {

    private final Map<String, List<Figure>> figures = new HashMap<>();
    private final Map<String, List<String>> topics = new HashMap<>();

    ScriptedAnalysis says(String articleId, List<String> articleTopics, Figure... articleFigures) {
        figures.put(articleId, List.of(articleFigures));
        topics.put(articleId, articleTopics);
        return this;
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        if ("FAIL".equals(article.getText())) {
            throw new IllegalStateException("analysis cannot handle article " + article.getId());
        }
        List<Figure> found = figures.getOrDefault(article.getId(), List.of()).stream()
                .map(f -> Figure.newBuilder(f).setArticleId(article.getId()).build()).toList();
        return AnalyzedArticle.newBuilder()
                .setId(article.getId()).setUrl(article.getUrl()).setFeed(article.getFeed())
                .setSource(article.getSource()).setTitle(article.getTitle()).setLanguage("en")
                .setPublished(article.getPublished()).setFetched(article.getFetched())
                .setContentHash(article.getContentHash())
                .setTopics(topics.getOrDefault(article.getId(), List.of()).stream()
                        .map(t -> TopicScore.newBuilder().setTopic(t).setScore(3.0).setTerms(List.of(t)).build()).toList())
                .setCountries(List.of("KZ", "RU"))
                .setFigures(found)
                .build();
    }
}
