package io.steppewatch.processor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.Article;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.testkit.KafkaBrokerExtension;
import io.steppewatch.testkit.TopicContents;

/** Bytes that are no article go to {@code processor-dlq} with the reason, and the next article still flows. */
class ProcessorDeadLetterIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path state;

    @Test
    void shouldDeadLetterUnreadableBytesAndGoOnWhenOnARealBroker() {
        Topics topics = KAFKA.newTopics();
        ProcessorConfig config = ProcessorConfig.of(Map.of("bootstrap.servers", KAFKA.bootstrapServers(),
                "topic.prefix", topics.prefix(), "processor.application.id", KafkaBrokerExtension.uniqueId("dlq"),
                "processor.state.dir", state.toString()));
        TextAnalysis analysis = new TextAnalysis(config.analyzer());
        Instant now = Instant.parse("2025-12-01T08:00:00Z");
        Article good = Article.newBuilder().setId("good").setUrl("https://news.example.org/good").setFeed("f")
                .setSource("s").setTitle("Almaty").setText("Kazakhstan and Uzbekistan met in Almaty.")
                .setPublished(now).setFetched(now).setContentHash("h").build();
        try (ProcessorApp app = ProcessorApp.create(config, KAFKA.settings(), analysis, BaselineLoader.load(null, analysis));
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(KAFKA.settings().producer(),
                        new ByteArraySerializer(), new ByteArraySerializer())) {
            app.start();
            producer.send(new ProducerRecord<>(topics.articles().name(), "poison".getBytes(StandardCharsets.UTF_8),
                    "this is not avro".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(topics.articles().name(), "good".getBytes(StandardCharsets.UTF_8),
                    AvroSerde.of(Article.class).encode(good)));
            producer.flush();
            TopicProbe.await("the good article analysed", Duration.ofMinutes(2),
                    () -> TopicContents.readAll(KAFKA.settings(), topics.articlesAnalyzed()).size() == 1);
            TopicProbe.await("the poison record dead-lettered", Duration.ofMinutes(1),
                    () -> TopicContents.readAll(KAFKA.settings(), topics.processorDlq().name()).size() == 1);
        }
        var dead = TopicContents.readAll(KAFKA.settings(), topics.processorDlq().name()).get(0);
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("poison");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("this is not avro");
        assertThat(new String(dead.headers().lastHeader("__streams.errors.message").value(), StandardCharsets.UTF_8))
                .contains("cannot decode Article");
        assertThat(new String(dead.headers().lastHeader("__streams.errors.topic").value(), StandardCharsets.UTF_8))
                .isEqualTo(topics.articles().name());
    }
}
