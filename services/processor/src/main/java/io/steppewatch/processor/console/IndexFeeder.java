package io.steppewatch.processor.console;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;

/**
 * Keeps the console's index up to date: reads every partition of {@code articles}, {@code articles-analyzed}
 * and {@code alerts} (committed records only, no consumer group: each processor instance indexes the whole
 * history, so any instance's console shows everything), from the offsets saved in the index, or from the
 * beginning when the index is new. A record that cannot be decoded is logged and skipped.
 */
public final class IndexFeeder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFeeder.class);
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(2);

    private final ConsoleIndex index;
    private final KafkaConsumer<String, byte[]> consumer;
    private final String articlesTopic;
    private final String analyzedTopic;
    private final String alertsTopic;
    private final AvroSerde<Article> articles = AvroSerde.of(Article.class);
    private final AvroSerde<AnalyzedArticle> analyses = AvroSerde.of(AnalyzedArticle.class);
    private final AvroSerde<Alert> alerts = AvroSerde.of(Alert.class);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile long indexed;

    private IndexFeeder(ConsoleIndex index, KafkaSettings kafka, Topics topics) {
        this.index = index;
        this.articlesTopic = topics.articles().name();
        this.analyzedTopic = topics.articlesAnalyzed().name();
        this.alertsTopic = topics.alerts().name();
        Map<String, Object> config = kafka.consumer(null);
        config.put("client.id", "steppewatch-console-index");
        config.put("max.poll.records", 500);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "console-index");
        this.thread.setDaemon(true);
    }

    /** Starts indexing in a thread of its own. */
    public static IndexFeeder start(ConsoleIndex index, KafkaSettings kafka, Topics topics) {
        IndexFeeder feeder = new IndexFeeder(index, kafka, topics);
        feeder.thread.start();
        return feeder;
    }

    /** Records indexed since start. */
    public long indexed() {
        return indexed;
    }

    private void run() {
        try {
            assign();
            Map<String, Long> positions = new HashMap<>(index.committedOffsets());
            long lastCommit = System.nanoTime();
            boolean dirty = false;
            while (running.get()) {
                ConsumerRecords<String, byte[]> records;
                try {
                    records = consumer.poll(Duration.ofMillis(500));
                } catch (WakeupException closing) {
                    break;
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    apply(record);
                    positions.put(key(record.topic(), record.partition()), record.offset() + 1);
                }
                // Transaction markers move positions without records: save them too, so that a restart
                // does not read the same markers again.
                for (TopicPartition partition : consumer.assignment()) {
                    positions.put(key(partition.topic(), partition.partition()), consumer.position(partition));
                }
                dirty |= !records.isEmpty();
                boolean commit = dirty && System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos();
                if (!records.isEmpty() || commit) {
                    index.publish(positions, commit);
                }
                if (commit) {
                    lastCommit = System.nanoTime();
                    dirty = false;
                }
            }
            // What was indexed is saved with the offsets it came from, so the next start resumes right here.
            index.publish(positions, true);
        } catch (WakeupException e) {
            // closed while assigning: nothing read, nothing to save
        } catch (IOException | RuntimeException e) {
            LOG.error("The console's index stopped following the topics; pages show what it held so far", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void assign() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(articlesTopic, analyzedTopic, alertsTopic)) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        Map<String, Long> saved = index.committedOffsets();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            Long offset = saved.get(key(partition.topic(), partition.partition()));
            if (offset == null) {
                fromStart.add(partition);
            } else {
                consumer.seek(partition, offset);
            }
        }
        if (!fromStart.isEmpty()) {
            // (an empty list would mean every assigned partition)
            consumer.seekToBeginning(fromStart);
        }
        LOG.info("Console index {} from {} partitions", index.rebuilt() ? "rebuilding" : "resuming", partitions.size());
    }

    private void apply(ConsumerRecord<String, byte[]> record) throws IOException {
        if (record.value() == null) {
            return;
        }
        try {
            if (record.topic().equals(articlesTopic)) {
                index.putArticle(articles.decode(record.value()));
            } else if (record.topic().equals(analyzedTopic)) {
                index.putAnalysis(analyses.decode(record.value()));
            } else {
                index.putAlert(alerts.decode(record.value()));
            }
            indexed++;
        } catch (org.apache.kafka.common.errors.SerializationException e) {
            LOG.warn("Console index skips {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                    record.key(), e.getMessage());
        }
    }

    private static String key(String topic, int partition) {
        return topic + ":" + partition;
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
