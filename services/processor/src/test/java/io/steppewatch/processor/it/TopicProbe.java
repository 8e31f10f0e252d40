package io.steppewatch.processor.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.awaitility.Awaitility;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;

/** Reads whole topics as a {@code read_committed} consumer would, and waits on conditions with a deadline. */
final class TopicProbe {

    private TopicProbe() {
    }

    /** Every committed record of the topic, from the beginning to its current end. */
    static <K, V> List<ConsumerRecord<K, V>> readAll(KafkaSettings settings, Topic<K, V> topic) {
        return readAll(settings, topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    static <K, V> List<ConsumerRecord<K, V>> readAll(KafkaSettings settings, String topic,
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
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Polls {@code condition} until it holds, failing with {@code what} after {@code timeout}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(500)).until(condition::getAsBoolean);
    }
}
