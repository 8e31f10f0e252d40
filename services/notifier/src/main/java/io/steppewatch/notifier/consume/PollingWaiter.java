package io.steppewatch.notifier.consume;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;

import io.steppewatch.notifier.delivery.Waiter;

/**
 * Waits (for a rate-limit slot or a retry) while keeping the consumer in its group: the partitions are
 * paused and the consumer keeps polling, so a long Slack outage never exceeds {@code max.poll.interval.ms}
 * and never triggers a rebalance. Any record a poll still returns (a partition assigned during the wait)
 * is rewound, so nothing is skipped.
 */
final class PollingWaiter implements Waiter {

    private static final Duration STEP = Duration.ofMillis(200);

    private final Consumer<?, ?> consumer;
    private final BooleanSupplier keepGoing;

    PollingWaiter(Consumer<?, ?> consumer, BooleanSupplier keepGoing) {
        this.consumer = consumer;
        this.keepGoing = keepGoing;
    }

    @Override
    public void await(Duration duration) throws InterruptedException {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        long deadline = System.nanoTime() + duration.toNanos();
        Set<TopicPartition> paused = new HashSet<>(consumer.assignment());
        consumer.pause(paused);
        try {
            long left;
            while ((left = deadline - System.nanoTime()) > 0 && keepGoing.getAsBoolean()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("interrupted while waiting to deliver");
                }
                ConsumerRecords<?, ?> records = consumer.poll(Duration.ofNanos(Math.min(left, STEP.toNanos())));
                for (TopicPartition partition : records.partitions()) {
                    consumer.seek(partition, records.records(partition).get(0).offset());
                    consumer.pause(Set.of(partition));
                    paused.add(partition);
                }
            }
        } catch (InterruptException e) {
            throw new InterruptedException("interrupted while waiting to deliver");
        } finally {
            Set<TopicPartition> stillAssigned = new HashSet<>(paused);
            stillAssigned.retainAll(consumer.assignment());
            consumer.resume(stillAssigned);
        }
    }
}
