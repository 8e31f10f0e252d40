package io.steppewatch.ingester.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.avro.Article;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;

/**
 * Publishes articles to the compacted {@code articles} topic with an idempotent producer, keyed by id,
 * and rebuilds the {@link PublishedLedger} from that same topic at start: the topic is the memory.
 */
public final class KafkaArticleSink implements ArticleSink {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaArticleSink.class);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);

    private final KafkaSettings settings;
    private final Topic<String, Article> topic;
    private final KafkaProducer<String, Article> producer;

    public KafkaArticleSink(KafkaSettings settings, Topic<String, Article> topic) {
        this.settings = settings;
        this.topic = topic;
        Map<String, Object> config = settings.producer();
        config.putIfAbsent("client.id", "steppewatch-ingester");
        this.producer = new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    @Override
    public CompletableFuture<Void> publish(Article article) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic.name(), article.getId(), article), (metadata, error) -> {
                if (error != null) {
                    done.completeExceptionally(error);
                } else {
                    done.complete(null);
                }
            });
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void recover(PublishedLedger ledger) {
        Map<String, Object> config = settings.consumer(null);
        config.put("client.id", "steppewatch-ingester-recovery");
        long started = System.nanoTime();
        int records = 0;
        int unreadable = 0;
        // Bytes first, decoded one by one, so a record no schema version can read is skipped and counted.
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic.name(), Duration.ofSeconds(60))) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + RECOVERY_TIMEOUT.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic.name() + " to its end within " + RECOVERY_TIMEOUT);
                }
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<byte[], byte[]> r : batch) {
                    records++;
                    String id = topic.keySerde().deserializer().deserialize(topic.name(), r.key());
                    if (r.value() == null) {
                        ledger.recover(id, null);
                        continue;
                    }
                    try {
                        Article a = topic.valueSerde().deserializer().deserialize(topic.name(), r.value());
                        ledger.recover(id, new PublishedLedger.Entry(a.getContentHash(), a.getFetched()));
                    } catch (SerializationException | org.apache.avro.AvroRuntimeException e) {
                        unreadable++;
                        LOG.warn("Unreadable record at {}-{}@{} skipped during recovery: {}", r.topic(), r.partition(),
                                r.offset(), e.getMessage());
                    }
                }
            }
        }
        LOG.info("Recovered {} published articles from {} ({} records, {} unreadable) in {} ms", ledger.size(), topic.name(),
                records, unreadable, (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
