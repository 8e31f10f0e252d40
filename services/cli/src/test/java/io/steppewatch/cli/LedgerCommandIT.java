package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Article;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.testkit.KafkaBrokerExtension;

/** The processor's query endpoint and {@code steppewatch ledger}, on a real broker. */
class LedgerCommandIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path state;

    @Test
    void shouldPrintTheBaselineAndLearnedValuesWhenAskedForASeries() throws Exception {
        Topics topics = KAFKA.newTopics();
        ProcessorConfig config = ProcessorConfig.of(Map.of("bootstrap.servers", KAFKA.bootstrapServers(),
                "topic.prefix", topics.prefix(), "processor.application.id", KafkaBrokerExtension.uniqueId("ledger"),
                "processor.state.dir", state.toString(), "processor.http.port", "0"));
        TextAnalysis analysis = new TextAnalysis(config.analyzer());
        try (ProcessorApp app = ProcessorApp.create(config, KAFKA.settings(), analysis, BaselineLoader.load(null, analysis))) {
            app.start();
            Instant now = Instant.parse("2025-12-01T08:00:00Z");
            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(KAFKA.settings().producer(),
                    topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(topics.articles().name(), "kzru", Article.newBuilder().setId("kzru")
                        .setUrl("https://news.example.org/kzru").setFeed("f").setSource("Example News")
                        .setTitle("Kazakhstan-Russia trade").setText("Trade turnover between Kazakhstan and Russia reached"
                                + " $29.1 billion in 2025, the ministry in Astana said.")
                        .setPublished(now).setFetched(now).setContentHash("h").build()));
            }
            String base = "http://127.0.0.1:" + app.queryPort();
            Awaitility.await("the alert in the recent alerts").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(base + "/alerts/recent").contains("\"articleId\":\"kzru\""));

            CliRun ledger = CliRun.of("ledger", "--metric", "trade.turnover", "--subjects", "KZ,RU", "--url", base);
            assertThat(ledger.code()).isZero();
            String table = ledger.out();
            assertThat(table.lines().findFirst().orElseThrow()).startsWith("METRIC").contains("PERIOD").contains("ORIGIN");
            assertThat(table).containsPattern("trade\\.turnover\\s+KZ,RU\\s+2024\\s+AMOUNT\\s+27\\.8 bn USD\\s+baseline")
                    .containsPattern("trade\\.turnover\\s+KZ,RU\\s+2025\\s+AMOUNT\\s+29\\.1 bn USD\\s+learned\\s+Example News");
            // A follow-up rebalance may still be settling just after start: the processor is healthy once RUNNING.
            Awaitility.await("the processor running").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(base + "/health").contains("RUNNING"));
        }
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
