package io.steppewatch.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.Measure;
import io.steppewatch.config.ConfigException;
import io.steppewatch.processor.ProcessorConfig;

/** Figures held for a moment reach the ledger in publication order, whatever order their articles came in. */
class PublicationOrderTest {

    static final Instant MARCH = Instant.parse("2025-03-05T08:00:00Z");
    static final Instant AUGUST = Instant.parse("2025-08-08T08:00:00Z");
    static final Instant ARRIVAL = Instant.parse("2025-12-10T09:00:00Z");

    @TempDir
    Path stateDir;

    private SeedBaselineDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, Alert> alerts;

    @BeforeEach
    void start() {
        driver = SeedBaselineDriver.start(stateDir, new OrderWindow(Duration.ofSeconds(1), Duration.ofSeconds(10)), ARRIVAL);
        articles = driver.articles();
        alerts = driver.alerts();
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void shouldJudgeABurstInPublicationOrderWhenItsArticlesCameOutOfOrder() {
        // The August article comes first, the March one right after it: in publication order March opens the
        // fact and August, with another value, revises it.
        articles.pipeInput("august", article("august", AUGUST, "$31.0 billion"), ARRIVAL);
        articles.pipeInput("march", article("march", MARCH, "$29.1 billion"), ARRIVAL.plusMillis(300));
        assertThat(alerts.readValuesToList()).as("held until the burst settles").isEmpty();

        driver.driver().advanceWallClockTime(Duration.ofMillis(1500));

        assertThat(alerts.readValuesToList()).extracting(Alert::getArticleId, Alert::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("march", AlertKind.NEW_PERIOD),
                        org.assertj.core.groups.Tuple.tuple("august", AlertKind.REVISED));
    }

    @Test
    void shouldReleaseASteadyStreamAfterTheLongestWait() {
        for (int second = 0; second < 12; second++) {
            String id = "a" + second;
            articles.pipeInput(id, article(id, MARCH.plusSeconds(second), "$" + (30 + second) + ".0 billion"),
                    ARRIVAL.plusSeconds(second));
            driver.driver().advanceWallClockTime(Duration.ofMillis(900));
        }
        // No pause of a second ever came, yet the first figures went on once they had waited ten seconds.
        assertThat(alerts.readValuesToList()).isNotEmpty();
    }

    @Test
    void shouldSortUndatedArticlesAfterDatedOnesThenByUrlThenPlace() {
        FigureObservation dated = observation("https://b.example/1", MARCH, 0);
        FigureObservation undated = observation("https://a.example/1", null, 0);
        FigureObservation sameArticleLater = observation("https://b.example/1", MARCH, 2);
        FigureObservation otherUrlSameDay = observation("https://c.example/1", MARCH, 0);
        assertThat(java.util.stream.Stream.of(undated, otherUrlSameDay, sameArticleLater, dated)
                .map(o -> PublicationOrder.orderKey(o, 42)).sorted().toList())
                .containsExactly(PublicationOrder.orderKey(dated, 42), PublicationOrder.orderKey(sameArticleLater, 42),
                        PublicationOrder.orderKey(otherUrlSameDay, 42), PublicationOrder.orderKey(undated, 42));
        assertThat(PublicationOrder.timestampOf(PublicationOrder.orderKey(dated, 1_733_820_000_123L)))
                .isEqualTo(1_733_820_000_123L);
    }

    @Test
    void shouldRefuseAnOrderWindowShorterThanItsSettleTime() {
        assertThat(ProcessorConfig.of(Map.of()).orderWindow())
                .isEqualTo(new OrderWindow(Duration.ofSeconds(1), Duration.ofSeconds(5)));
        assertThat(ProcessorConfig.of(Map.of("ledger.order-settle", "0s")).orderWindow().holds()).isFalse();
        assertThatThrownBy(() -> ProcessorConfig.of(Map.of("ledger.order-settle", "5s", "ledger.order-max-wait", "2s")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ledger.order-max-wait");
    }

    private static Article article(String id, Instant published, String value) {
        return SeedBaselineDriver.tradeArticle(id, published, value, ARRIVAL);
    }

    private static FigureObservation observation(String url, Instant published, int index) {
        Figure figure = Figure.newBuilder().setValue(1).setUnit("USD").setMeasure(Measure.AMOUNT)
                .setMetric("trade.turnover").setSubjects(java.util.List.of("KZ")).setPeriod("2024").setText("1")
                .setSentence("s").setArticleId(url).build();
        return FigureObservation.newBuilder().setFigure(figure).setIndex(index).setTopics(java.util.List.of())
                .setArticleId(url).setArticleUrl(url).setArticleTitle("t").setSource("s").setPublished(published).build();
    }
}
