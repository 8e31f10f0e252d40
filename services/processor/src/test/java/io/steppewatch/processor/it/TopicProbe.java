package io.steppewatch.processor.it;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;
import io.steppewatch.testkit.TopicContents;

/** Reads whole topics as a {@code read_committed} consumer would, and waits on conditions with a deadline. */
final class TopicProbe {

    private TopicProbe() {
    }

    /** Every committed record of the topic, from the beginning to its current end. */
    static <K, V> List<ConsumerRecord<K, V>> readAll(KafkaSettings settings, Topic<K, V> topic) {
        return TopicContents.readAll(settings, topic);
    }

    /** Polls {@code condition} until it holds, failing with {@code what} after {@code timeout}. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(500)).until(condition::getAsBoolean);
    }
}
