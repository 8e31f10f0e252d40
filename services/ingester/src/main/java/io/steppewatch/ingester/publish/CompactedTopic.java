package io.steppewatch.ingester.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;

/**
 * What the ingester's two compacted topics have in common: a producer that writes the latest value per key,
 * and a read of the whole topic at start-up that rebuilds the state it holds.
 */
final class CompactedTopic {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);

    private CompactedTopic() {
    }

    /** A producer for the topic's serdes; {@code clientId} unless the settings name one. */
    static <K, V> KafkaProducer<K, V> producer(KafkaSettings settings, Topic<K, V> topic, String clientId) {
        Map<String, Object> config = settings.producer();
        config.putIfAbsent("client.id", clientId);
        return new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /**
     * Reads every partition of {@code topic} from its beginning up to the end offsets it has when the read
     * starts, handing each record to {@code each}. No group, no committed offsets: the whole topic is the state.
     *
     * @return true once caught up; false if {@code timeout} passed first (the caller decides whether that is fatal)
     */
    static <K, V> boolean readToEnd(KafkaSettings settings, String clientId, String topic, Deserializer<K> keys,
            Deserializer<V> values, Duration timeout, Consumer<ConsumerRecord<K, V>> each) {
        Map<String, Object> config = settings.consumer(null);
        config.put("client.id", clientId);
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic, METADATA_TIMEOUT)) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                for (ConsumerRecord<K, V> r : consumer.poll(POLL)) {
                    each.accept(r);
                }
            }
            return true;
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
