package io.steppewatch.processor.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.avro.Measure;
import io.steppewatch.processor.ledger.LedgerBook.Outcome;

/**
 * What the ledger keeps of a series stays small enough to be one Kafka record, whatever the count setting; and
 * articles read out of publication order raise the alerts they would have raised in order.
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

    private static final String SERIES = "trade.turnover|KZ,RU";

    private static LedgerBook bookOn(Map<String, LedgerTimeline> store, int maxFiguresPerSeries) {
        return new LedgerBook(new FigureLedger(0.02, false), Baseline.of(List.of()), maxFiguresPerSeries,
                new LedgerBook.Timelines() {
                    @Override
                    public LedgerTimeline get(String key) {
                        return store.get(key);
                    }

                    @Override
                    public void put(String key, LedgerTimeline timeline) {
                        store.put(key, timeline);
                    }
                });
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
