package io.steppewatch.processor.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.Measure;
import io.steppewatch.avro.Severity;
import io.steppewatch.avro.TopicScore;
import io.steppewatch.processor.query.LedgerQueries;

/** Records for the console's tests, built the way the pipeline writes them. */
final class ConsoleFixtures {

    static final Instant PUBLISHED = Instant.parse("2025-11-10T08:00:00Z");
    static final String SENTENCE = "Trade turnover between Kazakhstan and Russia reached $29.1 billion in 2025.";
    static final String TEXT = SENTENCE + " The sanctions talks went on in Astana.";

    private ConsoleFixtures() {
    }

    static Article article(String id, String title, String text, String url) {
        return Article.newBuilder().setId(id).setUrl(url).setFeed("http://127.0.0.1/feed.xml").setSource("Local news")
                .setTitle(title).setAuthor(null).setText(text).setTextSource("page").setLanguage("en")
                .setPublished(PUBLISHED).setFetched(PUBLISHED.plusSeconds(60)).setContentHash("h-" + id).build();
    }

    static AnalyzedArticle analysis(Article article, List<String> topics, List<String> countries, List<Figure> figures) {
        List<TopicScore> scores = new ArrayList<>();
        for (String topic : topics) {
            scores.add(TopicScore.newBuilder().setTopic(topic).setScore(3.5).setTerms(List.of(topic, "turnover")).build());
        }
        return AnalyzedArticle.newBuilder().setId(article.getId()).setUrl(article.getUrl()).setFeed(article.getFeed())
                .setSource(article.getSource()).setTitle(article.getTitle()).setLanguage("en")
                .setPublished(article.getPublished()).setFetched(article.getFetched()).setContentHash(article.getContentHash())
                .setTopics(scores).setCountries(countries).setFigures(figures).setAnalyzerVersion("test").build();
    }

    static Figure figure(String articleId, double value, String period, String text, String sentence) {
        return Figure.newBuilder().setValue(value).setUnit("USD").setMeasure(Measure.AMOUNT).setMetric("trade.turnover")
                .setSubjects(List.of("KZ", "RU")).setPeriod(period).setText(text).setSentence(sentence)
                .setArticleId(articleId).setOffset(sentence.indexOf(text)).build();
    }

    static KnownFigure known(String articleId, double value, String period, String url) {
        return KnownFigure.newBuilder().setValue(value).setUnit("USD").setMeasure(Measure.AMOUNT).setPeriod(period)
                .setArticleId(articleId).setUrl(url).setSource("Seed").setSentence("Turnover was " + value + ".")
                .setPublished(PUBLISHED.minusSeconds(86_400 * 400L)).build();
    }

    static Alert alert(String id, Figure figure, String url, String title, List<KnownFigure> compared) {
        return Alert.newBuilder().setId(id).setKind(AlertKind.NEW_PERIOD).setTopics(List.of("trade")).setFigure(figure)
                .setCompared(compared).setChange(4.68).setSeverity(Severity.LOW).setArticleId(figure.getArticleId())
                .setArticleUrl(url).setArticleTitle(title).setSource("Local news").setPublished(PUBLISHED)
                .setDetected(PUBLISHED.plusSeconds(120)).build();
    }

    /** A ledger holding one series, trade.turnover of KZ and RU, with the given baseline and learned figures. */
    static SeriesSource ledger(List<KnownFigure> baseline, List<KnownFigure> learned) {
        LedgerQueries.Series series = new LedgerQueries.Series("trade.turnover|KZ,RU", "trade.turnover", List.of("KZ", "RU"),
                baseline, learned);
        return (metric, subjects) -> (metric == null || "trade.turnover".startsWith(metric)) && series.subjects().containsAll(subjects)
                ? List.of(series) : List.of();
    }
}
