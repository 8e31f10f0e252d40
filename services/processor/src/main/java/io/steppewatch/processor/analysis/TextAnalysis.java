package io.steppewatch.processor.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.steppewatch.analysis.Analysis;
import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.SeedArticle;
import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.Measure;
import io.steppewatch.avro.TopicScore;

/** The processor's analysis: the analysis module's judgement, mapped onto our Avro records. */
public final class TextAnalysis implements ArticleAnalysis {

    /** Bumped whenever the mapping or the analysis rules change what an article yields. */
    public static final String VERSION = "1";

    private final ArticleAnalyzer analyzer;

    public TextAnalysis(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static TextAnalysis withDefaults() {
        return new TextAnalysis(ArticleAnalyzer.withDefaults());
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        LocalDate published = article.getPublished() == null ? null
                : LocalDate.ofInstant(article.getPublished(), ZoneOffset.UTC);
        Analysis analysis = analyzer.analyze(new ArticleText(article.getId(), article.getTitle(), article.getText(),
                published, article.getLanguage()));
        return record(article, analysis);
    }

    /** A seed whose date is known only to the month or year resolves "currently" and the like no further. */
    @Override
    public AnalyzedArticle analyzeSeed(SeedArticle seed, Article article) {
        return record(article, seed.analyzeWith(analyzer));
    }

    private static AnalyzedArticle record(Article article, Analysis analysis) {
        return AnalyzedArticle.newBuilder()
                .setId(article.getId())
                .setUrl(article.getUrl())
                .setFeed(article.getFeed())
                .setSource(article.getSource())
                .setTitle(article.getTitle())
                .setLanguage(analysis.language())
                .setPublished(article.getPublished())
                .setFetched(article.getFetched())
                .setContentHash(article.getContentHash())
                .setTopics(analysis.topics().stream().map(TextAnalysis::topic).toList())
                .setCountries(analysis.countries())
                .setFigures(analysis.figures().stream().map(f -> figure(f, article.getId())).toList())
                .setAnalyzerVersion(VERSION)
                .build();
    }

    private static TopicScore topic(TopicDecision decision) {
        return TopicScore.newBuilder().setTopic(decision.topic()).setScore(decision.score())
                .setTerms(List.copyOf(decision.terms())).build();
    }

    private static Figure figure(ExtractedFigure figure, String articleId) {
        return Figure.newBuilder()
                .setValue(figure.value())
                .setUnit(figure.unit())
                .setMeasure(Measure.valueOf(figure.measure().name()))
                .setMetric(figure.metric())
                .setSubjects(figure.subjects().stream().sorted().toList())
                .setPeriod(figure.period())
                .setText(figure.text())
                .setSentence(figure.sentence())
                .setArticleId(articleId)
                .setOffset(figure.offset())
                .build();
    }
}
