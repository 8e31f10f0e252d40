package io.steppewatch.notifier.consume;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;
import io.steppewatch.notifier.delivery.DeliveryLog;

/**
 * The delivery log on the compacted {@code notifier-deliveries} topic (key {@code subscription|alertId},
 * value the delivery time). {@link #load()} reads the whole topic before the notifier sends anything; a
 * background reader then keeps following it, so deliveries made by other notifier instances are seen too.
 * A record is written and acknowledged before the alert's offset is committed.
 */
public final class KafkaDeliveryLog implements DeliveryLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaDeliveryLog.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaSettings settings;
    private final Topic<String, String> topic;
    private final Producer<String, String> producer;
    private final Clock clock;
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;
    private KafkaConsumer<String, String> follower;
    private Thread followerThread;

    public KafkaDeliveryLog(KafkaSettings settings, Topic<String, String> topic, Producer<String, String> producer,
                            Clock clock) {
        this.settings = settings;
        this.topic = topic;
        this.producer = producer;
        this.clock = clock;
    }

    /** Reads the topic to its end, then follows it in the background. Returns the number of deliveries known. */
    public int load() {
        follower = new KafkaConsumer<>(settings.consumer(null), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : follower.partitionsFor(topic.name(), Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(info.topic(), info.partition()));
        }
        if (partitions.isEmpty()) {
            follower.close();
            throw new IllegalStateException("topic " + topic.name() + " does not exist; create the topics first");
        }
        follower.assign(partitions);
        follower.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = follower.endOffsets(partitions);
        Map<TopicPartition, Long> remaining = new HashMap<>(end);
        while (remaining.entrySet().stream().anyMatch(e -> follower.position(e.getKey()) < e.getValue())) {
            apply(follower.poll(Duration.ofMillis(200)));
        }
        LOG.info("Loaded {} delivery records from {}", delivered.size(), topic.name());
        followerThread = new Thread(this::follow, "notifier-deliveries-follower");
        followerThread.setDaemon(true);
        followerThread.start();
        return delivered.size();
    }

    private void follow() {
        try {
            while (running) {
                apply(follower.poll(Duration.ofMillis(500)));
            }
        } catch (WakeupException | InterruptException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.warn("Stopped following {}: {}", topic.name(), e.toString());
        } finally {
            follower.close(Duration.ZERO);
        }
    }

    private void apply(Iterable<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            if (record.key() == null) {
                continue;
            }
            if (record.value() == null) {
                delivered.remove(record.key());
            } else {
                delivered.add(record.key());
            }
        }
    }

    @Override
    public boolean isDelivered(String subscription, String alertId) {
        return delivered.contains(DeliveryLog.key(subscription, alertId));
    }

    @Override
    public void recordDelivered(String subscription, Collection<String> alertIds) {
        String at = clock.instant().toString();
        List<Future<RecordMetadata>> writes = new ArrayList<>();
        for (String alertId : alertIds) {
            writes.add(producer.send(new ProducerRecord<>(topic.name(), DeliveryLog.key(subscription, alertId), at)));
        }
        producer.flush();
        for (Future<RecordMetadata> write : writes) {
            try {
                write.get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("could not record a delivery in " + topic.name() + ": " + e, e);
            }
        }
        for (String alertId : alertIds) {
            delivered.add(DeliveryLog.key(subscription, alertId));
        }
    }

    public int size() {
        return delivered.size();
    }

    @Override
    public void close() {
        running = false;
        if (follower != null) {
            follower.wakeup();
        }
        if (followerThread != null) {
            try {
                followerThread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
