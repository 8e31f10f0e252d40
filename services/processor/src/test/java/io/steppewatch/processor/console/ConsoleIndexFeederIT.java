package io.steppewatch.processor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.Topics;
import io.steppewatch.testkit.KafkaBrokerExtension;

/** The console's index following real topics: skips what it cannot read, resumes after a restart, rebuilds when deleted. */
class ConsoleIndexFeederIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path dir;

    @Test
    void shouldIndexEveryReadableRecordResumeAfterARestartAndRebuildWhenTheIndexIsGone() throws IOException {
        Topics topics = KAFKA.newTopics();
        Path indexDir = dir.resolve("console-index");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KAFKA.settings().producer(), new StringSerializer(),
                new ByteArraySerializer())) {
            send(producer, topics, "a1");
            producer.send(new ProducerRecord<>(topics.articlesAnalyzed().name(), "bad", "not avro".getBytes(StandardCharsets.UTF_8)));
            send(producer, topics, "a2");
            producer.flush();

            try (ConsoleIndex index = ConsoleIndex.open(indexDir); IndexFeeder feeder = IndexFeeder.start(index, KAFKA.settings(), topics)) {
                assertThat(index.rebuilt()).isTrue();
                awaitArticles(index, 2);
                assertThat(index.alert("alert-a1")).isPresent();
                assertThat(index.article("a2").orElseThrow().analysis()).isPresent();
            }

            send(producer, topics, "a3");
            producer.flush();
            try (ConsoleIndex index = ConsoleIndex.open(indexDir); IndexFeeder feeder = IndexFeeder.start(index, KAFKA.settings(), topics)) {
                assertThat(index.rebuilt()).isFalse();
                assertThat(index.articleCount()).as("what the first run indexed is there before any record is read").isEqualTo(2);
                awaitArticles(index, 3);
                Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> feeder.indexed() >= 3);
                assertThat(feeder.indexed()).as("only the new article's three records are read again").isEqualTo(3);
            }
        }

        try (ConsoleIndex index = ConsoleIndex.open(dir.resolve("another-index"));
                IndexFeeder feeder = IndexFeeder.start(index, KAFKA.settings(), topics)) {
            assertThat(index.rebuilt()).isTrue();
            awaitArticles(index, 3);
            assertThat(index.latestAlerts(ConsoleIndex.AlertFilter.ANY, 10)).extracting(Alert::getId)
                    .containsExactlyInAnyOrder("alert-a1", "alert-a2", "alert-a3");
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, Topics topics, String id) {
        Article article = ConsoleFixtures.article(id, "Story " + id, ConsoleFixtures.TEXT, "https://news.example/" + id);
        Figure figure = ConsoleFixtures.figure(id, 29.1e9, "2025", "$29.1 billion", ConsoleFixtures.SENTENCE);
        producer.send(new ProducerRecord<>(topics.articles().name(), id, AvroSerde.of(Article.class).encode(article)));
        producer.send(new ProducerRecord<>(topics.articlesAnalyzed().name(), id, AvroSerde.of(io.steppewatch.avro.AnalyzedArticle.class)
                .encode(ConsoleFixtures.analysis(article, List.of("trade"), List.of("KZ", "RU"), List.of(figure)))));
        producer.send(new ProducerRecord<>(topics.alerts().name(), "alert-" + id, AvroSerde.of(Alert.class)
                .encode(ConsoleFixtures.alert("alert-" + id, figure, article.getUrl(), article.getTitle(), List.of()))));
    }

    private static void awaitArticles(ConsoleIndex index, long count) {
        Awaitility.await("articles indexed").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> index.articleCount() >= count && index.latestAlerts(ConsoleIndex.AlertFilter.ANY, 10).size() >= count);
    }
}
