package io.steppewatch.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;

/** Reads a whole topic, as a {@code read_committed} consumer would, from its beginning to its current end. */
public final class TopicContents {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private TopicContents() {
    }

    public static <K, V> List<ConsumerRecord<K, V>> readAll(KafkaSettings settings, Topic<K, V> topic) {
        return readAll(settings, topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    public static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaSettings settings, String topic) {
        return readAll(settings, topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    public static <K, V> List<ConsumerRecord<K, V>> readAll(KafkaSettings settings, String topic,
            Deserializer<K> keys, Deserializer<V> values) {
        Map<String, Object> config = settings.consumer(null);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end within " + LIMIT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
