package io.steppewatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.steppewatch.avro.Article;
import io.steppewatch.kafka.Topic;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;

class KafkaBrokerExtensionIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void shouldCreateEveryDefinedTopicWithItsConfigWhenEnsuring() throws Exception {
        Topics topics = KAFKA.newTopics();
        try (Admin admin = Admin.create(KAFKA.settings().admin())) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(names).containsAll(topics.definitions().stream().map(d -> d.name()).toList());
            ConfigResource articles = new ConfigResource(ConfigResource.Type.TOPIC, topics.articles().name());
            Config config = admin.describeConfigs(List.of(articles)).all().get(30, TimeUnit.SECONDS).get(articles);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
        // A second call creates nothing and does not fail.
        assertThat(TopicAdmin.ensure(KAFKA.settings(), topics.definitions())).isEmpty();
    }

    @Test
    void shouldDeliverAvroArticlesWhenProducedAndConsumed() {
        Topic<String, Article> topic = KAFKA.newTopics().articles();
        Article article = Article.newBuilder().setId("id-1").setUrl("https://example.org/1").setFeed("f")
                .setSource("s").setTitle("Almaty").setText("body").setFetched(java.time.Instant.ofEpochMilli(5))
                .setContentHash("h").build();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(KAFKA.settings().producer(),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), article.getId(), article));
        }
        List<ConsumerRecord<String, Article>> seen = new ArrayList<>();
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(
                KAFKA.settings().consumer(KafkaBrokerExtension.uniqueId("it")),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }
        assertThat(seen).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("id-1");
            assertThat(record.value()).isEqualTo(article);
        });
        assertThat(Map.of("kind", KafkaBrokerExtension.broker().kind()).get("kind")).isIn("embedded", "container");
    }
}
