package io.steppewatch.processor.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.avro.Measure;
import io.steppewatch.processor.ledger.LedgerBook.Outcome;

/**
 * What the ledger keeps of a series stays small enough to be one Kafka record, whatever the count setting;
 * articles read out of publication order raise the alerts they would have raised in order; and a labelled seed's
 * other readings count for that seed alone.
 */
class LedgerBookTest {

    private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

    @Test
    void shouldDropTheOldestFiguresWhenASeriesOutgrowsItsByteBudget() {
        Map<String, LedgerTimeline> store = new HashMap<>();
        LedgerBook book = bookOn(store, 100_000);
        String sentence = "s".repeat(600);
        for (int i = 0; i < 1_000; i++) {
            book.observe("trade.turnover|KZ,RU", observation(i, sentence), T0.plusSeconds(i));
        }
        List<io.steppewatch.avro.KnownFigure> kept = store.get("trade.turnover|KZ,RU").getFigures();
        long bytes = kept.stream().mapToLong(LedgerBook::estimatedBytes).sum();
        assertThat(bytes).isLessThanOrEqualTo(LedgerBook.MAX_TIMELINE_BYTES);
        assertThat(kept.size()).isLessThan(1_000);
        assertThat(kept.get(kept.size() - 1).getArticleId()).as("the newest is kept").isEqualTo("a999");
    }

    @Test
    void shouldJudgeALateArticleAgainstWhatWasPublishedBeforeIt() {
        LedgerBook book = bookOn(new HashMap<>(), 100);
        Outcome later = book.observe(SERIES, dated("march", "2024", 40e9, "2025-03-10"), T0);
        Outcome earlier = book.observe(SERIES, dated("january", "2023", 30e9, "2025-01-10"), T0.plusSeconds(1));
        Outcome recalled = book.observe(SERIES, dated("june", "2022", 25e9, "2025-06-10"), T0.plusSeconds(2));

        assertThat(later.judgement().verdict()).isEqualTo(Verdict.NEW_METRIC);
        assertThat(earlier.judgement().verdict()).as("nothing of the series was published before it")
                .isEqualTo(Verdict.NEW_METRIC);
        assertThat(earlier.alert()).isPresent();
        assertThat(recalled.judgement().verdict()).as("published after 2024 was known: an older period")
                .isEqualTo(Verdict.RECORDED);
    }

    @Test
    void shouldNotAnnounceAFactTwiceWhenItsEarlierArticleArrivesLast() {
        LedgerBook book = bookOn(new HashMap<>(), 100);
        book.observe(SERIES, dated("march", "2024", 40e9, "2025-03-10"), T0);
        Outcome earlier = book.observe(SERIES, dated("january", "2024", 40.2e9, "2025-01-10"), T0.plusSeconds(1));

        assertThat(earlier.judgement().verdict()).isEqualTo(Verdict.CONFIRMED);
        assertThat(earlier.alert()).isEmpty();
    }

    @Test
    void shouldJudgeAnUndatedArticleAfterEveryDatedOne() {
        LedgerBook book = bookOn(new HashMap<>(), 100);
        book.observe(SERIES, dated("undated", "2024", 40e9, null), T0);
        Outcome dated = book.observe(SERIES, dated("dated", "2023", 30e9, "2025-01-10"), T0.plusSeconds(1));

        assertThat(dated.judgement().verdict()).isEqualTo(Verdict.NEW_METRIC);
    }

    @Test
    void shouldJudgeOtherArticlesAgainstASeedsLabelsAndNotItsOtherReadings() {
        // The seed's label: $27.8 billion in 2024; the analysis also read $27.8 billion as 2024-2025.
        Figure label = Figure.newBuilder(dated("seed", "2024", 27.8e9, "2025-02-01").getFigure()).build();
        Figure reading = Figure.newBuilder(label).setPeriod("2024-01/2025-01").build();
        LedgerBook book = bookWith(seed(List.of(label, reading)), Map.of("seed", 1));

        Outcome next = book.observe(SERIES, dated("other", "2025-01", 28.5e9, "2025-03-01"), T0);
        assertThat(next.judgement().verdict()).as("January 2025 is newer than the labelled 2024, whatever the seed's reading")
                .isEqualTo(Verdict.NEW_PERIOD);
        Outcome again = book.observe(SERIES, dated("seed", "2024-01/2025-01", 27.8e9, "2025-02-01"), T0.plusSeconds(1));
        assertThat(again.judgement().verdict()).as("the seed arriving again confirms its own reading")
                .isEqualTo(Verdict.CONFIRMED);
    }

    @Test
    void shouldJudgeEveryArticleAgainstEveryFigureOfABaselineWithoutLabels() {
        Figure first = dated("seed", "2024", 27.8e9, "2025-02-01").getFigure();
        Figure second = Figure.newBuilder(first).setPeriod("2024-01/2025-01").build();
        LedgerBook book = bookWith(seed(List.of(first, second)), Map.of());

        Outcome next = book.observe(SERIES, dated("other", "2025-01", 28.5e9, "2025-03-01"), T0);
        assertThat(next.judgement().verdict()).as("2024-01/2025-01 is known: January 2025 is no newer period")
                .isEqualTo(Verdict.RECORDED);
    }

    private static final String SERIES = "trade.turnover|KZ,RU";

    private static List<AnalyzedArticle> seed(List<Figure> figures) {
        return List.of(AnalyzedArticle.newBuilder().setId("seed").setUrl("seed:seed").setFeed("seed").setTitle("seed")
                .setSource("seed").setLanguage("en").setFetched(T0).setPublished(Instant.parse("2025-02-01T08:00:00Z"))
                .setContentHash("h").setTopics(List.of()).setCountries(List.of()).setFigures(figures).build());
    }

    private static LedgerBook bookWith(List<AnalyzedArticle> seeds, Map<String, Integer> labelled) {
        return new LedgerBook(new FigureLedger(0.02, false), Baseline.of(seeds, labelled), 100,
                timelinesIn(new HashMap<>()));
    }

    private static LedgerBook bookOn(Map<String, LedgerTimeline> store, int maxFiguresPerSeries) {
        return new LedgerBook(new FigureLedger(0.02, false), Baseline.of(List.of()), maxFiguresPerSeries,
                timelinesIn(store));
    }

    private static LedgerBook.Timelines timelinesIn(Map<String, LedgerTimeline> store) {
        return new LedgerBook.Timelines() {
            @Override
            public LedgerTimeline get(String key) {
                return store.get(key);
            }

            @Override
            public void put(String key, LedgerTimeline timeline) {
                store.put(key, timeline);
            }
        };
    }

    private static FigureObservation dated(String article, String period, double value, String published) {
        Figure figure = Figure.newBuilder().setValue(value).setUnit("USD").setMeasure(Measure.AMOUNT)
                .setMetric("trade.turnover").setSubjects(List.of("KZ", "RU")).setPeriod(period)
                .setText("$" + value).setSentence("Trade was $" + value + ".").setArticleId(article).build();
        return FigureObservation.newBuilder().setFigure(figure).setIndex(0).setArticleId(article)
                .setArticleUrl("https://example.org/" + article).setArticleTitle("t").setSource("s")
                .setTopics(List.of("trade")).setPublished(published == null ? null : Instant.parse(published + "T08:00:00Z"))
                .build();
    }

    private static FigureObservation observation(int i, String sentence) {
        Figure figure = Figure.newBuilder().setValue(1_000 + i).setUnit("USD").setMeasure(Measure.AMOUNT)
                .setMetric("trade.turnover").setSubjects(List.of("KZ", "RU")).setPeriod(String.valueOf(1000 + i))
                .setText("$" + i).setSentence(sentence).setArticleId("a" + i).build();
        return FigureObservation.newBuilder().setFigure(figure).setIndex(0).setArticleId("a" + i)
                .setArticleUrl("https://example.org/a" + i).setArticleTitle("t").setSource("s").setTopics(List.of("trade"))
                .setPublished(T0).build();
    }
}
