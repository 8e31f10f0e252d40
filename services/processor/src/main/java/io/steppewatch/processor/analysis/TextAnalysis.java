package io.steppewatch.processor.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.steppewatch.analysis.Analysis;
import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.SeedArticle;
import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.DatePrecision;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.Measure;
import io.steppewatch.avro.TopicScore;

/** The processor's analysis: the analysis module's judgement, mapped onto our Avro records. */
public final class TextAnalysis implements ArticleAnalysis {

    /** Bumped whenever the mapping or the analysis rules change what an article yields. */
    public static final String VERSION = "1";

    /*
     * Bounds on what one article can put into a record. Kafka refuses records over 1 MiB by default, and an
     * analysed article, an alert and a ledger timeline all carry figures with their sentences: without these
     * bounds a hostile or broken page (a 3 MB "sentence", hundreds of figures) makes records that can never
     * be written.
     */
    /** Characters of an article's text that are analysed; the rest of a longer text is not read. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** Figures kept per article (title first, then the body in order). */
    public static final int MAX_FIGURES_PER_ARTICLE = 100;
    /** Characters of a figure's sentence kept: a window around the figure's own text. */
    public static final int MAX_SENTENCE_CHARS = 600;
    /** Characters of a figure's own text kept. */
    public static final int MAX_FIGURE_TEXT_CHARS = 200;
    /** Characters of a title kept in the analysed article (and so in its alerts). */
    public static final int MAX_TITLE_CHARS = 500;

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
        Analysis analysis = analyzer.analyze(new ArticleText(article.getId(),
                Bounded.prefix(article.getTitle(), MAX_TITLE_CHARS), Bounded.prefix(article.getText(), MAX_TEXT_CHARS),
                published, article.getLanguage()), precision(article.getPublishedPrecision()));
        return record(article, analysis);
    }

    /** A date given only to the month or year resolves "this month", "currently" and the like no further. */
    static ChronoUnit precision(DatePrecision precision) {
        if (precision == null) {
            return ChronoUnit.DAYS;
        }
        return switch (precision) {
            case DAY -> ChronoUnit.DAYS;
            case MONTH -> ChronoUnit.MONTHS;
            case YEAR -> ChronoUnit.YEARS;
        };
    }

    /** The Avro form of a precision: null for a full date, so records of exact dates stay as they were. */
    static DatePrecision datePrecision(ChronoUnit precision) {
        if (precision == ChronoUnit.MONTHS) {
            return DatePrecision.MONTH;
        }
        return precision == ChronoUnit.YEARS ? DatePrecision.YEAR : null;
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
                .setTitle(Bounded.prefix(article.getTitle(), MAX_TITLE_CHARS))
                .setLanguage(analysis.language())
                .setPublished(article.getPublished())
                .setPublishedPrecision(article.getPublishedPrecision())
                .setFetched(article.getFetched())
                .setContentHash(article.getContentHash())
                .setTopics(analysis.topics().stream().map(TextAnalysis::topic).toList())
                .setCountries(analysis.countries())
                .setFigures(analysis.figures().stream().limit(MAX_FIGURES_PER_ARTICLE)
                        .map(f -> figure(f, article.getId())).toList())
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
                .setText(Bounded.prefix(figure.text(), MAX_FIGURE_TEXT_CHARS))
                .setSentence(Bounded.around(figure.sentence(), figure.text(), MAX_SENTENCE_CHARS))
                .setArticleId(articleId)
                .setOffset(figure.offset())
                .build();
    }
}
