package io.steppewatch.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.steppewatch.kafka.KafkaSettings;

/**
 * Reads the committed records of topics between two times, from the offsets Kafka finds for
 * {@code since} up to the end offsets taken when reading starts, and reports progress on long reads.
 */
final class HistoryReader {

    private final KafkaSettings settings;
    private final PrintStream progress;

    HistoryReader(KafkaSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Calls {@code each} for every record with a timestamp in [since, until) (either may be null), in
     * partition order; returns how many records were read.
     */
    long read(List<String> topics, Instant since, Instant until, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings.consumer(null),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> start = startOffsets(consumer, partitions, since);
            start.forEach(consumer::seek);
            long total = partitions.stream().mapToLong(p -> Math.max(0, end.get(p) - start.get(p))).sum();
            Progress meter = new Progress(total, progress);
            long read = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    meter.advance(record.offset() - start.get(partition) + 1, partition);
                    if (until == null || record.timestamp() < until.toEpochMilli()) {
                        each.accept(record);
                        read++;
                    }
                }
            }
            meter.done();
            return read;
        }
    }

    /** Where reading from {@code since} starts in each partition: its beginning when null, its end when nothing is that recent. */
    static Map<TopicPartition, Long> startOffsets(KafkaConsumer<byte[], byte[]> consumer,
            List<TopicPartition> partitions, Instant since) {
        Map<TopicPartition, Long> start = new HashMap<>(consumer.beginningOffsets(partitions));
        if (since != null) {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(p -> query.put(p, since.toEpochMilli()));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            for (Map.Entry<TopicPartition, OffsetAndTimestamp> entry : consumer.offsetsForTimes(query).entrySet()) {
                start.put(entry.getKey(), entry.getValue() == null ? end.get(entry.getKey()) : entry.getValue().offset());
            }
        }
        return start;
    }

    /** Records done, rate and time left, printed at most every two seconds on long reads. */
    private static final class Progress {
        private final long total;
        private final PrintStream out;
        private final long started = System.nanoTime();
        private final Map<TopicPartition, Long> done = new HashMap<>();
        private long lastPrint = System.nanoTime();
        private boolean printed;

        Progress(long total, PrintStream out) {
            this.total = total;
            this.out = out;
        }

        void advance(long positionInPartition, TopicPartition partition) {
            done.put(partition, positionInPartition);
            long now = System.nanoTime();
            if (out != null && now - lastPrint > 2_000_000_000L) {
                lastPrint = now;
                printed = true;
                long count = done.values().stream().mapToLong(Long::longValue).sum();
                double seconds = (now - started) / 1e9;
                double rate = count / Math.max(seconds, 1e-3);
                long left = rate > 0 ? (long) ((total - count) / rate) : -1;
                out.printf("  %,d / %,d records, %,.0f/s, about %ds left%n", count, total, rate, left);
            }
        }

        void done() {
            if (out != null && printed) {
                out.printf("  %,d records in %.1f s%n", total, (System.nanoTime() - started) / 1e9);
            }
        }
    }
}
