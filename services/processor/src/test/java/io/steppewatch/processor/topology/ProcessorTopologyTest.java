package io.steppewatch.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.Measure;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;

class ProcessorTopologyTest {

    static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.defaults();
    private final ScriptedAnalysis analysis = new ScriptedAnalysis();
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, Alert> alerts;

    /** The seed knows 2024 KZ-RU turnover of 27.8 bn USD, and a 2023 count of joint ventures. */
    private Baseline seedBaseline() {
        ScriptedAnalysis seedAnalysis = new ScriptedAnalysis()
                .says("seed-1", List.of("trade"),
                        figure(2.78e10, "USD", "trade.turnover", "2024"),
                        figure(3348, "count", "jointventures.count", "2023"));
        return Baseline.of(List.of(seedAnalysis.analyze(article("seed-1", "seed text"))));
    }

    private void start(Baseline baseline) {
        ProcessorConfig config = ProcessorConfig.of(Map.of("processor.state.dir", stateDir.toString()));
        Properties properties = ProcessorApp.streamsProperties(config, KafkaSettings.of("dummy:9092"), topics);
        driver = new TopologyTestDriver(ProcessorTopology.build(topics, analysis, baseline,
                new FigureLedger(0.02, false), 500), properties);
        articles = driver.createInputTopic(topics.articles().name(), new StringSerializer(),
                topics.articles().valueSerde().serializer());
        alerts = driver.createOutputTopic(topics.alerts().name(), topics.alerts().keySerde().deserializer(),
                topics.alerts().valueSerde().deserializer());
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void shouldWriteOneAnalyzedArticlePerArticleWhenArticlesArrive() {
        start(seedBaseline());
        articles.pipeInput("a1", article("a1", "text"), T0);
        articles.pipeInput("a2", article("a2", "text"), T0.plusSeconds(1));
        TestOutputTopic<String, AnalyzedArticle> analyzed = driver.createOutputTopic(topics.articlesAnalyzed().name(),
                topics.articlesAnalyzed().keySerde().deserializer(), topics.articlesAnalyzed().valueSerde().deserializer());
        assertThat(analyzed.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1", "a2");
    }

    @Test
    void shouldStaySilentWhenAnArticleRestatesTheBaseline() {
        start(seedBaseline());
        analysis.says("a1", List.of("trade"), figure(2.78e10, "USD", "trade.turnover", "2024"),
                figure(3348, "count", "jointventures.count", "2023"));
        articles.pipeInput("a1", article("a1", "text"), T0);
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldStaySilentWhenTheValueIsWithinTolerance() {
        start(seedBaseline());
        analysis.says("a1", List.of("trade"), figure(2.80e10, "USD", "trade.turnover", "2024"));
        articles.pipeInput("a1", article("a1", "text"), T0);
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldRaiseRevisedWhenAnotherSourceGivesADifferentValue() {
        start(seedBaseline());
        analysis.says("a1", List.of("trade"), figure(2.95e10, "USD", "trade.turnover", "2024"));
        articles.pipeInput("a1", article("a1", "text"), T0);
        Alert alert = alerts.readValue();
        assertThat(alert.getKind()).isEqualTo(AlertKind.REVISED);
        assertThat(alert.getCompared()).singleElement().satisfies(k -> {
            assertThat(k.getValue()).isEqualTo(2.78e10);
            assertThat(k.getArticleId()).isEqualTo("seed-1");
        });
        assertThat(alert.getChange()).isCloseTo(6.115, org.assertj.core.data.Offset.offset(0.01));
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldRaiseNewPeriodWithTheChangeWhenALaterPeriodArrives() {
        start(seedBaseline());
        analysis.says("a1", List.of("trade"), figure(3.0e10, "USD", "trade.turnover", "2025"));
        articles.pipeInput("a1", article("a1", "text"), T0);
        Alert alert = alerts.readValue();
        assertThat(alert.getKind()).isEqualTo(AlertKind.NEW_PERIOD);
        assertThat(alert.getCompared().get(0).getPeriod()).isEqualTo("2024");
        assertThat(alert.getChange()).isCloseTo(7.91, org.assertj.core.data.Offset.offset(0.01));
        assertThat(alert.getArticleUrl()).isEqualTo("https://example.org/a1");
        assertThat(alert.getFigure().getSentence()).isEqualTo("sentence of 3.0E10");
    }

    @Test
    void shouldRaiseNewMetricWhenNothingIsKnownForTheSeries() {
        start(seedBaseline());
        analysis.says("a1", List.of("sanctions"), figure(106, "count", "exportban.items", "2025"));
        articles.pipeInput("a1", article("a1", "text"), T0);
        assertThat(alerts.readValue().getKind()).isEqualTo(AlertKind.NEW_METRIC);
    }

    @Test
    void shouldAlertOnceWhenOtherSourcesAndLanguagesRepeatTheFact() {
        start(seedBaseline());
        Figure news = figure(3.0e10, "USD", "trade.turnover", "2025");
        analysis.says("en-1", List.of("trade"), news)
                .says("ru-1", List.of("trade"), news)
                .says("fr-1", List.of("trade"), figure(3.01e10, "USD", "trade.turnover", "2025"));
        articles.pipeInput("en-1", article("en-1", "text"), T0);
        articles.pipeInput("ru-1", article("ru-1", "text"), T0.plusSeconds(60));
        articles.pipeInput("fr-1", article("fr-1", "text"), T0.plusSeconds(120));
        assertThat(alerts.readValuesToList()).singleElement()
                .satisfies(alert -> assertThat(alert.getArticleId()).isEqualTo("en-1"));
    }

    @Test
    void shouldGiveTheSameAlertIdWhenTheSameFactIsReplayed(@TempDir Path otherStateDir) {
        start(seedBaseline());
        analysis.says("a1", List.of("trade"), figure(3.0e10, "USD", "trade.turnover", "2025"));
        articles.pipeInput("a1", article("a1", "text"), T0);
        String first = alerts.readKeyValue().key;
        driver.close();

        // Replaying the same history into an empty ledger (a new application id in production).
        stateDir = otherStateDir;
        start(seedBaseline());
        articles.pipeInput("a1", article("a1", "text"), T0);
        assertThat(alerts.readKeyValuesToList()).singleElement().satisfies(kv -> assertThat(kv.key).isEqualTo(first));
    }

    @Test
    void shouldRouteAlertsToTheTopicsOfTheirArticle() {
        start(seedBaseline());
        analysis.says("a1", List.of("trade", "sanctions"), figure(106, "count", "exportban.items", "2025"));
        articles.pipeInput("a1", article("a1", "text"), T0);
        assertThat(output("alerts-trade")).hasSize(1);
        assertThat(output("alerts-sanctions")).hasSize(1);
        assertThat(output("alerts-security")).isEmpty();
        assertThat(output("alerts-corridors")).isEmpty();
    }

    @Test
    void shouldSendPoisonRecordsToTheDeadLetterTopicAndGoOn() {
        start(seedBaseline());
        analysis.says("good", List.of("trade"), figure(106, "count", "exportban.items", "2025"));
        driver.createInputTopic(topics.articles().name(), new StringSerializer(), new ByteArraySerializer())
                .pipeInput("bad-bytes", "not avro".getBytes(StandardCharsets.UTF_8), T0);
        articles.pipeInput("bad-content", article("bad-content", "FAIL"), T0.plusSeconds(1));
        articles.pipeInput("good", article("good", "text"), T0.plusSeconds(2));

        // Bad content goes to the dead-letter topic with the reason in headers. (Bad bytes are skipped
        // here; their dead-lettering needs a real broker and is covered by ProcessorIT.)
        List<TestRecord<byte[], byte[]>> dead = driver.createOutputTopic(topics.processorDlq().name(),
                topics.processorDlq().keySerde().deserializer(), topics.processorDlq().valueSerde().deserializer())
                .readRecordsToList();
        assertThat(dead).singleElement().satisfies(record -> {
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("bad-content");
            assertThat(record.headers().toArray()).extracting(Header::key).contains("__streams.errors.message");
            assertThat(new String(record.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
                    .contains("cannot handle article bad-content");
        });
        assertThat(alerts.readValuesToList()).singleElement()
                .satisfies(alert -> assertThat(alert.getArticleId()).isEqualTo("good"));
    }

    @Test
    void shouldKeepTheSeriesAliveWhenAFigureIsInfinite() {
        start(seedBaseline());
        analysis.says("poison", List.of("trade"), figure(Double.POSITIVE_INFINITY, "USD", "trade.turnover", "2024"))
                .says("a1", List.of("trade"), figure(2.95e10, "USD", "trade.turnover", "2024"));
        articles.pipeInput("poison", article("poison", "text"), T0);
        articles.pipeInput("a1", article("a1", "text"), T0.plusSeconds(1));
        assertThat(alerts.readValuesToList()).singleElement().satisfies(alert -> {
            assertThat(alert.getKind()).isEqualTo(AlertKind.REVISED);
            assertThat(alert.getArticleId()).isEqualTo("a1");
        });
        assertThat(ledgerValues()).allSatisfy(value -> assertThat(Double.isFinite(value)).isTrue());
    }

    @Test
    void shouldLeaveTheLedgerUntouchedWhenTheAlertCannotBeBuilt() {
        start(seedBaseline());
        analysis.says("poison", List.of("trade"), figure(Double.NaN, "USD", "trade.turnover", "2024"))
                .says("a1", List.of("trade"), figure(2.95e10, "USD", "trade.turnover", "2024"));
        articles.pipeInput("poison", article("poison", "text"), T0);
        articles.pipeInput("a1", article("a1", "text"), T0.plusSeconds(1));
        assertThat(alerts.readValuesToList()).singleElement().satisfies(alert -> {
            assertThat(alert.getArticleId()).isEqualTo("a1");
            assertThat(alert.getChange()).isCloseTo(6.115, org.assertj.core.data.Offset.offset(0.01));
            assertThat(alert.getCompared()).extracting(k -> k.getArticleId()).containsExactly("seed-1");
        });
        assertThat(ledgerValues()).containsExactly(2.95e10);
    }

    private List<Double> ledgerValues() {
        org.apache.kafka.streams.state.KeyValueStore<String, io.steppewatch.avro.LedgerTimeline> store =
                driver.getKeyValueStore(ProcessorTopology.LEDGER_STORE);
        List<Double> values = new java.util.ArrayList<>();
        try (var all = store.all()) {
            all.forEachRemaining(kv -> kv.value.getFigures().forEach(k -> values.add(k.getValue())));
        }
        return values;
    }

    @Test
    void shouldCountArticlesFiguresAndAlertsWhenARegistryIsGiven() {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        ProcessorConfig config = ProcessorConfig.of(Map.of("processor.state.dir", stateDir.resolve("m").toString()));
        Properties properties = ProcessorApp.streamsProperties(config, KafkaSettings.of("dummy:9092"), topics);
        analysis.says("a1", List.of("sanctions"), figure(106, "count", "exportban.items", "2025"),
                figure(2.78e10, "USD", "trade.turnover", "2024"));
        try (TopologyTestDriver metered = new TopologyTestDriver(ProcessorTopology.build(topics, analysis, seedBaseline(),
                new FigureLedger(0.02, false), 500, registry), properties)) {
            metered.createInputTopic(topics.articles().name(), new StringSerializer(),
                    topics.articles().valueSerde().serializer()).pipeInput("a1", article("a1", "text"), T0);
        }
        assertThat(registry.get("steppewatch.processor.articles").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("steppewatch.processor.alerts").tag("kind", "NEW_METRIC").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("steppewatch.processor.figures").tag("verdict", "CONFIRMED").counter().count()).isEqualTo(1.0);
    }

    private List<Alert> output(String name) {
        return driver.createOutputTopic(name, topics.alerts().keySerde().deserializer(),
                topics.alerts().valueSerde().deserializer()).readValuesToList();
    }

    static Figure figure(double value, String unit, String metric, String period) {
        return Figure.newBuilder().setValue(value).setUnit(unit).setMeasure(Measure.AMOUNT).setMetric(metric)
                .setSubjects(List.of("KZ", "RU")).setPeriod(period).setText(String.valueOf(value))
                .setSentence("sentence of " + value).setArticleId("?").build();
    }

    static Article article(String id, String text) {
        return Article.newBuilder().setId(id).setUrl("https://example.org/" + id).setFeed("https://example.org/rss")
                .setSource("Example").setTitle("Title " + id).setText(text).setPublished(T0).setFetched(T0)
                .setContentHash("h-" + id).build();
    }
}
