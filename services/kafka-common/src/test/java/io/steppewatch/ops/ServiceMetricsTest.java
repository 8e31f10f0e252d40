package io.steppewatch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.steppewatch.kafka.KafkaSettings;

class ServiceMetricsTest {

    // Nothing listens there: the clients register their metrics when built, before any connection succeeds.
    private static final KafkaSettings NOWHERE = KafkaSettings.of("127.0.0.1:9");

    @Test
    void shouldPublishKafkaClientMetricsWhenClientsAreBound() {
        try (ServiceMetrics metrics = ServiceMetrics.create("notifier");
             KafkaProducer<String, String> producer = new KafkaProducer<>(NOWHERE.producer(),
                     new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(NOWHERE.consumer("metrics-test"),
                     new StringDeserializer(), new StringDeserializer())) {
            metrics.bind(producer, "alerts-producer");
            metrics.bind(consumer, "alerts-consumer");

            String text = metrics.scrape();

            assertThat(text).containsPattern("kafka_producer_[a-z_]+\\{[^}]*client=\"alerts-producer\"");
            assertThat(text).containsPattern("kafka_consumer_[a-z_]+\\{[^}]*client=\"alerts-consumer\"");
            assertThat(text).contains("service=\"notifier\"");
        }
    }

    @Test
    void shouldPublishJvmMetricsWhenCreated() {
        try (ServiceMetrics metrics = ServiceMetrics.create("processor")) {
            assertThat(metrics.scrape()).contains("jvm_threads_live_threads", "process_uptime_seconds",
                    "jvm_gc_", "system_cpu_count");
        }
    }

    @Test
    void shouldNotExposeClientSecretsWhenScraping() {
        KafkaSettings secured = NOWHERE.with(Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"svc\" password=\"s3cret-metrics-pass\";"));
        try (ServiceMetrics metrics = ServiceMetrics.create("ingester");
             KafkaProducer<String, String> producer = new KafkaProducer<>(secured.producer(),
                     new StringSerializer(), new StringSerializer())) {
            metrics.bind(producer, "articles-producer");

            assertThat(metrics.scrape()).contains("articles-producer").doesNotContain("s3cret-metrics-pass");
        }
    }
}
