package io.steppewatch.processor.topology;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Keeps dead letters writable. Kafka Streams copies the input record's value into the dead letter; when
 * that value is bigger than the producer may send (a 3 MB article on a topic that accepts it, say), the
 * dead letter itself fails, and under exactly-once a failed send aborts the transaction: the same record
 * is processed again, forever. Such a value is left out; the letter keeps the key, the coordinates of the
 * input (topic, partition, offset headers) and the size of what was left out.
 */
public final class DeadLetters {

    /** Header giving the size of an input value left out of a dead letter because it was too big. */
    public static final String DROPPED_VALUE_HEADER = "steppewatch.errors.value.dropped.bytes";
    /** Kafka's default {@code max.request.size}. */
    static final int KAFKA_DEFAULT_MAX_REQUEST = 1024 * 1024;
    /** Room for a record's key, headers and batch overhead. */
    static final int OVERHEAD_BYTES = 16 * 1024;

    private DeadLetters() {
    }

    /** The producer's {@code max.request.size} in a Streams configuration (prefixed or not), or Kafka's default. */
    public static int maxRequestSize(Map<String, ?> configs) {
        Object value = configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (value == null) {
            value = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        return value == null ? KAFKA_DEFAULT_MAX_REQUEST : Integer.parseInt(value.toString().trim());
    }

    /**
     * Largest input value copied into a dead letter: half the request size less room for the headers (the
     * stack trace is one), so a dead letter always fits.
     */
    static int maxValueBytes(Map<String, ?> configs) {
        return Math.max(0, maxRequestSize(configs) / 2 - OVERHEAD_BYTES);
    }

    /** The letters, each without its value when the value is over {@code maxValueBytes}. */
    static List<ProducerRecord<byte[], byte[]>> bounded(List<ProducerRecord<byte[], byte[]>> letters, int maxValueBytes) {
        List<ProducerRecord<byte[], byte[]>> bounded = new ArrayList<>(letters.size());
        for (ProducerRecord<byte[], byte[]> letter : letters) {
            if (letter.value() == null || letter.value().length <= maxValueBytes) {
                bounded.add(letter);
                continue;
            }
            RecordHeaders headers = new RecordHeaders(letter.headers().toArray());
            headers.add(DROPPED_VALUE_HEADER, String.valueOf(letter.value().length).getBytes(StandardCharsets.UTF_8));
            bounded.add(new ProducerRecord<>(letter.topic(), letter.partition(), letter.timestamp(), letter.key(), null,
                    headers));
        }
        return bounded;
    }
}
