package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.Article;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.Topics;
import io.steppewatch.testkit.KafkaBrokerExtension;

/** {@code reprocess} after a rule change reports, and then publishes, the alerts gained and lost. */
class ReprocessCommandIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path work;

    @Test
    void shouldReportAlertsGainedAndLostWhenTheLexiconAndBaselineChange() throws Exception {
        Topics topics = KAFKA.newTopics();
        Instant time = Instant.parse("2025-11-20T08:00:00Z");
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(KAFKA.settings().producer(),
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.articles().name(), null, time.toEpochMilli(), "wagons",
                    article("wagons", "Kazakhstan sent 1 250 grain wagons to Uzbekistan in 2025, the railway said.", time)));
            producer.send(new ProducerRecord<>(topics.articles().name(), null, time.plusSeconds(60).toEpochMilli(), "trade",
                    article("trade", "Trade turnover between Kazakhstan and China reached $43.8 billion in 2025.", time)));
        }
        Path defaults = config(topics, "");
        // With today's rules, the history raises one alert (the trade figure); publish it as the running processor would.
        CliRun first = CliRun.of("reprocess", "--config", defaults.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("1 alerts would appear").contains("trade.turnover CN,KZ 2025")
                .containsPattern("rate: read in [0-9.]+ s, replayed in [0-9.]+ s = [0-9]+ articles/s");
        assertThat(CliRun.of("reprocess", "--dry-run", "--config", defaults.toString()).out())
                .contains("0 alerts would appear").contains("0 alerts would disappear");

        // New rules: a metric for rail wagons, and a baseline that already knows the trade figure.
        Path metrics = work.resolve("metrics.tsv");
        Files.writeString(metrics, "rail.wagons\tcount\t1.0\twagon*\n");
        Path baseline = Files.createDirectories(work.resolve("baseline"));
        Files.writeString(baseline.resolve("trade.txt"), "China and Kazakhstan\n\n"
                + "Trade turnover between Kazakhstan and China reached $43.8 billion in 2025.\n");
        Path changed = config(topics, "analysis.metrics.file=" + metrics + "\nbaseline.dir=" + baseline + "\n");

        CliRun dry = CliRun.of("reprocess", "--dry-run", "--config", changed.toString());
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("1 alerts would appear").contains("+ NEW_METRIC rail.wagons KZ,UZ 2025")
                .contains("1 alerts would disappear").contains("- ").contains("trade.turnover CN,KZ 2025");
        assertThat(alertIds(topics)).hasSize(1);

        CliRun applied = CliRun.of("reprocess", "--config", changed.toString());
        assertThat(applied.out()).contains("published 1 new alerts");
        List<Alert> alerts = io.steppewatch.testkit.TopicContents.readAll(KAFKA.settings(), topics.alerts().name()).stream()
                .map(r -> AvroSerde.of(Alert.class).decode(r.value())).toList();
        assertThat(alerts).extracting(a -> a.getFigure().getMetric()).containsExactlyInAnyOrder("trade.turnover", "rail.wagons");
    }

    @Test
    void shouldApplyTheLedgerAndAnalysisSettingsOfTheEnvironmentWhenReprocessing() throws Exception {
        Topics topics = KAFKA.newTopics();
        Instant time = Instant.parse("2025-11-20T08:00:00Z");
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(KAFKA.settings().producer(),
                topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topics.articles().name(), null, time.toEpochMilli(), "first",
                    article("first", "Trade turnover between Kazakhstan and China reached $43.8 billion in 2025.", time)));
            // 3 % more: a revision under the default 2 % tolerance, a confirmation under 10 %.
            producer.send(new ProducerRecord<>(topics.articles().name(), null, time.plusSeconds(60).toEpochMilli(), "second",
                    article("second", "Trade turnover between Kazakhstan and China reached $45.1 billion in 2025.", time)));
            producer.send(new ProducerRecord<>(topics.articles().name(), null, time.plusSeconds(120).toEpochMilli(), "wagons",
                    article("wagons", "Kazakhstan sent 1 250 grain wagons to Uzbekistan in 2025, the railway said.", time)));
        }
        Path config = config(topics, "");
        Path metrics = work.resolve("wagon-metrics.tsv");
        Files.writeString(metrics, "rail.wagons\tcount\t1.0\twagon*\n");

        CliRun defaults = CliRun.withEnvironment(Map.of(), "reprocess", "--dry-run", "--config", config.toString());
        assertThat(defaults.code()).as(defaults.err()).isZero();
        assertThat(defaults.out()).contains("2 alerts would appear").contains("REVISED trade.turnover")
                .doesNotContain("rail.wagons");

        // What `run` and the processor image honour, reprocess honours too.
        CliRun fromEnvironment = CliRun.withEnvironment(Map.of("STEPPEWATCH_LEDGER_TOLERANCE", "0.1",
                "STEPPEWATCH_ANALYSIS_METRICS_FILE", metrics.toString()), "reprocess", "--dry-run", "--config", config.toString());
        assertThat(fromEnvironment.code()).as(fromEnvironment.err()).isZero();
        assertThat(fromEnvironment.out()).contains("2 alerts would appear").contains("NEW_METRIC rail.wagons")
                .doesNotContain("REVISED");

        CliRun badValue = CliRun.withEnvironment(Map.of("STEPPEWATCH_LEDGER_TOLERANCE", "two percent"),
                "reprocess", "--dry-run", "--config", config.toString());
        assertThat(badValue.code()).isEqualTo(2);
        assertThat(badValue.err()).contains("ledger.tolerance").contains("STEPPEWATCH_LEDGER_TOLERANCE").contains("'two percent'");
    }

    private List<String> alertIds(Topics topics) {
        return io.steppewatch.testkit.TopicContents.readAll(KAFKA.settings(), topics.alerts().name()).stream()
                .map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
    }

    private Path config(Topics topics, String extra) throws Exception {
        Path file = Files.createTempFile(work, "config", ".properties");
        Files.writeString(file, "bootstrap.servers=" + KAFKA.bootstrapServers() + "\ntopic.prefix=" + topics.prefix() + "\n" + extra);
        return file;
    }

    static Article article(String id, String text, Instant time) {
        return Article.newBuilder().setId(id).setUrl("https://news.example.org/" + id).setFeed("f").setSource("Example")
                .setTitle("Central Asia news").setText(text).setPublished(time).setFetched(time).setContentHash("h-" + id)
                .build();
    }
}
