package io.steppewatch.ingester.publish;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
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
        this.producer = CompactedTopic.producer(settings, topic, "steppewatch-ingester");
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
        long started = System.nanoTime();
        int[] records = {0};
        int[] unreadable = {0};
        // Bytes first, decoded one by one, so a record no schema version can read is skipped and counted.
        boolean caughtUp = CompactedTopic.readToEnd(settings, "steppewatch-ingester-recovery", topic.name(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer(), RECOVERY_TIMEOUT, r -> {
                    records[0]++;
                    if (!recover(ledger, r)) {
                        unreadable[0]++;
                    }
                });
        if (!caughtUp) {
            throw new IllegalStateException("could not read " + topic.name() + " to its end within " + RECOVERY_TIMEOUT);
        }
        LOG.info("Recovered {} published articles from {} ({} records, {} unreadable) in {} ms", ledger.size(), topic.name(),
                records[0], unreadable[0], (System.nanoTime() - started) / 1_000_000);
    }

    /** Replays one record into the ledger; false if its value could not be decoded. */
    private boolean recover(PublishedLedger ledger, ConsumerRecord<byte[], byte[]> r) {
        String id = topic.keySerde().deserializer().deserialize(topic.name(), r.key());
        if (r.value() == null) {
            ledger.recover(id, null);
            return true;
        }
        try {
            Article a = topic.valueSerde().deserializer().deserialize(topic.name(), r.value());
            ledger.recover(id, new PublishedLedger.Entry(a.getContentHash(), a.getFetched()));
            return true;
        } catch (SerializationException | org.apache.avro.AvroRuntimeException e) {
            LOG.warn("Unreadable record at {}-{}@{} skipped during recovery: {}", r.topic(), r.partition(), r.offset(),
                    e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
