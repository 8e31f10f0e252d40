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

/** What the ledger keeps of a series stays small enough to be one Kafka record, whatever the count setting. */
class LedgerBookTest {

    private static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

    @Test
    void shouldDropTheOldestFiguresWhenASeriesOutgrowsItsByteBudget() {
        Map<String, LedgerTimeline> store = new HashMap<>();
        LedgerBook book = new LedgerBook(new FigureLedger(0.02, false), Baseline.of(List.of()), 100_000,
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

    private static FigureObservation observation(int i, String sentence) {
        Figure figure = Figure.newBuilder().setValue(1_000 + i).setUnit("USD").setMeasure(Measure.AMOUNT)
                .setMetric("trade.turnover").setSubjects(List.of("KZ", "RU")).setPeriod(String.valueOf(1000 + i))
                .setText("$" + i).setSentence(sentence).setArticleId("a" + i).build();
        return FigureObservation.newBuilder().setFigure(figure).setIndex(0).setArticleId("a" + i)
                .setArticleUrl("https://example.org/a" + i).setArticleTitle("t").setSource("s").setTopics(List.of("trade"))
                .setPublished(T0).build();
    }
}
