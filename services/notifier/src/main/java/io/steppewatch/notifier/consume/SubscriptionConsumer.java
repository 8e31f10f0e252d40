package io.steppewatch.notifier.consume;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.avro.Alert;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.delivery.AlertDispatcher;
import io.steppewatch.notifier.delivery.DispatchReport;
import io.steppewatch.notifier.subscription.Subscription;

/**
 * Feeds one subscription: its own consumer group reads the alert topics it follows (read_committed),
 * hands each poll to the {@link AlertDispatcher}, and commits the poll's offsets only once every alert in
 * it was delivered, skipped as already delivered, or dead-lettered. A stop in the middle commits nothing,
 * so the rest comes back after a restart and the delivery log skips what already went out.
 *
 * <p>While the subscription has used up its messages for the minute, new records are held (read, not
 * committed) and leave together as one digest. A batch that fails for another reason (Kafka unreachable
 * while recording) is rewound and read again after a pause; the loop never dies on one bad batch.
 *
 * <p>One thread and one consumer group per subscription: a webhook that is down holds back only its own
 * subscription's offsets, never another's.
 */
final class SubscriptionConsumer implements SupervisedWorker.Worker {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int MAX_HELD = 1000;
    /** Pause before a failed batch is read again. */
    static final Duration RECOVERY_PAUSE = Duration.ofSeconds(5);

    private final Subscription subscription;
    private final KafkaSettings settings;
    private final Topics topics;
    private final String groupId;
    private final int maxPollRecords;
    private final AlertDispatcher dispatcher;
    private final KafkaDeadLetters deadLetters;
    private final Clock clock;
    private final Function<Map<String, Object>, Consumer<String, byte[]>> consumers;
    private final Duration recoveryPause;
    private final AvroSerde<Alert> alerts = AvroSerde.of(Alert.class);
    private final List<ConsumerRecord<String, byte[]>> buffer = new ArrayList<>();
    private volatile boolean running = true;
    private volatile boolean halted;
    private volatile Consumer<String, byte[]> consumer;

    SubscriptionConsumer(Subscription subscription, KafkaSettings settings, Topics topics, String groupId,
                         int maxPollRecords, AlertDispatcher dispatcher, KafkaDeadLetters deadLetters, Clock clock,
                         Function<Map<String, Object>, Consumer<String, byte[]>> consumers, Duration recoveryPause) {
        this.subscription = subscription;
        this.settings = settings;
        this.topics = topics;
        this.groupId = groupId;
        this.maxPollRecords = maxPollRecords;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.consumers = consumers;
        this.recoveryPause = recoveryPause;
    }

    /** The real client: string keys, raw values (decoded here so that bad bytes can be dead-lettered). */
    static Consumer<String, byte[]> kafkaConsumer(Map<String, Object> config) {
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void run() {
        Map<String, Object> config = settings.consumer(groupId);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
        Consumer<String, byte[]> kafka = consumers.apply(config);
        consumer = kafka;
        List<String> names = subscription.topics().stream().map(t -> topics.alertsFor(t).name()).toList();
        try {
            kafka.subscribe(names, new LoggingRebalanceListener());
            PollingWaiter waiter = new PollingWaiter(kafka, this::keepGoing);
            LOG.info("Subscription {} follows {} as group {}", subscription.name(), names, groupId);
            while (keepGoing()) {
                ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
                records.forEach(buffer::add);
                if (buffer.isEmpty() || holding()) {
                    continue;
                }
                try {
                    if (handle(buffer, waiter)) {
                        commit(kafka, buffer);
                    }
                } catch (WakeupException | InterruptException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (halted) {
                        throw e;
                    }
                    // Kafka unreachable while recording, say: nothing of this batch is committed, so read it
                    // again after a pause; the delivery log skips what already went out.
                    LOG.warn("Subscription {}: batch of {} record(s) not finished, retrying in {}: {}",
                            subscription.name(), buffer.size(), recoveryPause, e.toString());
                    rewind(kafka, buffer);
                    buffer.clear();
                    waiter.await(recoveryPause);
                    continue;
                }
                buffer.clear();
            }
        } catch (WakeupException e) {
            // close() or halt() asked us to stop
        } catch (InterruptedException | InterruptException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!halted) {
                LOG.error("Subscription {} stopped: {}", subscription.name(), e.toString(), e);
            }
        } finally {
            if (halted) {
                // A crash test interrupted us; clear the flag so the client closes quietly (it commits nothing).
                Thread.interrupted();
            }
            try {
                // No auto-commit: closing never commits, so a halt leaves the offsets where the last commit put them.
                kafka.close(halted ? Duration.ZERO : Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("Closing the consumer of {}: {}", subscription.name(), e.toString());
            }
        }
    }

    /**
     * True while the subscription has used up its messages for this minute: records keep being read into
     * the buffer (uncommitted) and leave together as one digest when the minute allows, instead of
     * trickling out one message each. The buffer is bounded; a full buffer is sent at once.
     */
    private boolean holding() {
        if (buffer.size() >= MAX_HELD) {
            return false;
        }
        Optional<Instant> until = dispatcher.holdUntil(subscription.name());
        return until.isPresent() && clock.instant().isBefore(until.get());
    }

    /** @return true when every record reached an end state and the offsets may be committed */
    private boolean handle(List<ConsumerRecord<String, byte[]>> records, PollingWaiter waiter)
            throws InterruptedException {
        List<Alert> wanted = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Alert alert;
            try {
                alert = record.value() == null ? null : alerts.decode(record.value());
            } catch (RuntimeException e) {
                LOG.warn("Unreadable alert at {}-{}@{} for subscription {}: {}", record.topic(), record.partition(),
                        record.offset(), subscription.name(), e.getMessage());
                deadLetters.deadLetterUnreadable(subscription, record, "unreadable alert: " + e.getMessage());
                continue;
            }
            if (alert != null && subscription.wants(alert)) {
                wanted.add(alert);
            }
        }
        if (wanted.isEmpty()) {
            return keepGoing();
        }
        DispatchReport report = dispatcher.dispatch(subscription, wanted, false, this::keepGoing, waiter);
        if (!report.delivered().isEmpty() || !report.deadLettered().isEmpty()) {
            LOG.info("Subscription {}: {} alert(s) delivered in {} message(s), {} skipped, {} dead-lettered",
                    subscription.name(), report.delivered().size(), report.messages(), report.skipped().size(),
                    report.deadLettered().size());
        }
        return report.complete() && !halted;
    }

    private void commit(Consumer<String, byte[]> kafka, List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Set<TopicPartition> assigned = kafka.assignment();
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (assigned.contains(partition)) {
                offsets.merge(partition, new OffsetAndMetadata(record.offset() + 1),
                        (a, b) -> a.offset() >= b.offset() ? a : b);
            }
        }
        try {
            kafka.commitSync(offsets);
        } catch (CommitFailedException e) {
            // A rebalance moved the partitions; the new owner resumes from the last commit and the
            // delivery log keeps it from posting again.
            LOG.warn("Subscription {}: offsets not committed after a rebalance: {}", subscription.name(), e.getMessage());
        }
    }

    private static void rewind(Consumer<String, byte[]> kafka, List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            first.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
        }
        Set<TopicPartition> assigned = kafka.assignment();
        first.forEach((partition, offset) -> {
            if (assigned.contains(partition)) {
                kafka.seek(partition, offset);
            }
        });
    }

    private boolean keepGoing() {
        return running && !halted;
    }

    /** Stops after the message in flight; what is done is committed, the rest comes back next time. */
    @Override
    public void stop() {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** Stops as a killed process would: no more records, no more commits. */
    void halt() {
        halted = true;
        stop();
    }

    private final class LoggingRebalanceListener implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            LOG.debug("Subscription {} lost {}", subscription.name(), partitions);
            // Held records of those partitions belong to their next owner, which reads them from the last commit.
            buffer.removeIf(r -> partitions.contains(new TopicPartition(r.topic(), r.partition())));
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.debug("Subscription {} got {}", subscription.name(), partitions);
        }
    }
}
