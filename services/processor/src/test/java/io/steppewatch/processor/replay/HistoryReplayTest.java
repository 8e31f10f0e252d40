package io.steppewatch.processor.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Article;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.topology.OrderWindow;
import io.steppewatch.processor.topology.SeedBaselineDriver;

/** {@code reprocess} puts a run of articles received together in publication order, as the processor does. */
class HistoryReplayTest {

    static final Instant MARCH = Instant.parse("2025-03-05T08:00:00Z");
    static final Instant AUGUST = Instant.parse("2025-08-08T08:00:00Z");
    static final Instant RECEIVED = Instant.parse("2025-12-10T09:00:00Z");

    static final TextAnalysis analysis = SeedBaselineDriver.analysis();
    static final Baseline baseline = SeedBaselineDriver.baseline();

    @Test
    void shouldJudgeARunOfArticlesInPublicationOrder() {
        HistoryReplay replay = new HistoryReplay(analysis, baseline, new FigureLedger(0.02, false), 500,
                new OrderWindow(Duration.ofSeconds(1), Duration.ofSeconds(5)));
        assertThat(replay.accept(article("august", AUGUST, "$31.0 billion"), RECEIVED)).isEmpty();
        assertThat(replay.accept(article("march", MARCH, "$29.1 billion"), RECEIVED.plusMillis(300))).isEmpty();
        // Received two seconds later: the run before it is over and is judged, March first.
        assertThat(replay.accept(article("later", MARCH, "$29.1 billion"), RECEIVED.plusSeconds(2)))
                .extracting(Alert::getArticleId, Alert::getKind)
                .containsExactly(tuple("march", AlertKind.NEW_PERIOD), tuple("august", AlertKind.REVISED));
        assertThat(replay.flush()).as("the last run: a confirmation").isEmpty();
    }

    @Test
    void shouldJudgeEachArticleAsItComesWithoutAnOrderWindow() {
        HistoryReplay replay = new HistoryReplay(analysis, baseline, new FigureLedger(0.02, false), 500);
        assertThat(replay.accept(article("august", AUGUST, "$31.0 billion"), RECEIVED))
                .extracting(Alert::getKind).containsExactly(AlertKind.NEW_PERIOD);
        assertThat(replay.accept(article("march", MARCH, "$29.1 billion"), RECEIVED.plusMillis(300)))
                .extracting(Alert::getKind).containsExactly(AlertKind.REVISED);
    }

    private static Article article(String id, Instant published, String value) {
        return SeedBaselineDriver.tradeArticle(id, published, value, RECEIVED);
    }
}
