package io.steppewatch.ingester.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;

/**
 * Feed validators on the compacted {@code ingester-state} topic: key {@code feed-validators|<feed URL>},
 * value a small JSON object {@code {"etag": ..., "lastModified": ...}}.
 */
public final class KafkaFeedValidatorStore implements FeedValidatorStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaFeedValidatorStore.class);
    private static final String KEY_PREFIX = "feed-validators|";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(2);

    private final KafkaSettings settings;
    private final Topic<String, String> topic;
    private final KafkaProducer<String, String> producer;

    public KafkaFeedValidatorStore(KafkaSettings settings, Topic<String, String> topic) {
        this.settings = settings;
        this.topic = topic;
        this.producer = CompactedTopic.producer(settings, topic, "steppewatch-ingester-state");
    }

    @Override
    public Map<String, Validators> load() {
        Map<String, Validators> out = new HashMap<>();
        boolean caughtUp = CompactedTopic.readToEnd(settings, "steppewatch-ingester-state-recovery", topic.name(),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer(), LOAD_TIMEOUT, r -> load(out, r));
        if (!caughtUp) {
            LOG.warn("Could not read {} to its end; feeds without validators are fetched in full", topic.name());
        }
        LOG.info("Recovered validators of {} feeds from {}", out.size(), topic.name());
        return out;
    }

    /** Applies one record of the state topic; other kinds of state sharing the topic are left alone. */
    private static void load(Map<String, Validators> out, ConsumerRecord<String, String> r) {
        if (r.key() == null || !r.key().startsWith(KEY_PREFIX)) {
            return;
        }
        String feed = r.key().substring(KEY_PREFIX.length());
        if (r.value() == null) {
            out.remove(feed);
            return;
        }
        try {
            JsonNode node = JSON.readTree(r.value());
            out.put(feed, new Validators(text(node, "etag"), text(node, "lastModified")));
        } catch (JsonProcessingException e) {
            LOG.warn("Unreadable validators at {}-{}@{} skipped", r.topic(), r.partition(), r.offset());
        }
    }

    @Override
    public void save(String feedUrl, Validators validators) {
        ObjectNode node = JSON.createObjectNode();
        node.put("etag", validators.etag());
        node.put("lastModified", validators.lastModified());
        producer.send(new ProducerRecord<>(topic.name(), KEY_PREFIX + feedUrl, node.toString()), (metadata, error) -> {
            if (error != null) {
                LOG.warn("Could not save validators of feed {}: {}", feedUrl, error.toString());
            }
        });
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
