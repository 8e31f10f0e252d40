package io.steppewatch.notifier.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.subscription.AlertFilter;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.WebhookUrl;

/** A subscription whose consumer thread dies comes back after a backoff, and says it is down meanwhile. */
class SupervisedWorkerTest {

    private static final Topics TOPICS = Topics.withPrefix("unit-");
    private SupervisedWorker supervisor;

    @AfterEach
    void tearDown() {
        if (supervisor != null) {
            supervisor.stop();
        }
    }

    @Test
    void shouldRestartTheSubscriptionWhenItsConsumerDies() {
        Subscription subscription = new Subscription("unit", WebhookUrl.parse("http://127.0.0.1:9/services/T/B/x"),
                List.of("trade"), new AlertFilter(Set.of(), Set.of(), Set.of(), Optional.empty()));
        AtomicInteger consumersMade = new AtomicInteger();
        supervisor = new SupervisedWorker("notifier-unit", () -> new SubscriptionConsumer(subscription,
                KafkaSettings.of("127.0.0.1:9"), TOPICS, "unit-group", 10, null, null, Clock.systemUTC(), config -> {
                    MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
                    if (consumersMade.incrementAndGet() == 1) {
                        consumer.setPollException(new KafkaException("the first consumer breaks"));
                    }
                    return consumer;
                }, Duration.ofMillis(10)), Duration.ofMillis(10), Duration.ofSeconds(1)).start();

        await("a second consumer runs").atMost(Duration.ofSeconds(30))
                .until(() -> consumersMade.get() == 2 && supervisor.running());
        assertThat(supervisor.restarts()).isEqualTo(1);
        assertThat(supervisor.alive()).isTrue();
    }

    @Test
    void shouldReportNotRunningWhileADeadWorkerWaitsForItsRestart() {
        AtomicInteger started = new AtomicInteger();
        supervisor = new SupervisedWorker("dies", () -> worker(() -> {
            started.incrementAndGet();
            throw new StackOverflowError("simulated");
        }), Duration.ofHours(1), Duration.ofHours(1)).start();

        await("the worker died").atMost(Duration.ofSeconds(30)).until(() -> supervisor.restarts() == 1);
        assertThat(supervisor.running()).isFalse();
        assertThat(supervisor.alive()).as("the supervisor waits to restart it").isTrue();
        assertThat(started.get()).isEqualTo(1);

        supervisor.stop();
        await("the supervisor stopped").atMost(Duration.ofSeconds(30)).until(() -> !supervisor.alive());
        assertThat(started.get()).isEqualTo(1);
    }

    @Test
    void shouldStopTheWorkerAndNotRestartItWhenStopped() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger made = new AtomicInteger();
        supervisor = new SupervisedWorker("blocks", () -> {
            made.incrementAndGet();
            return new SupervisedWorker.Worker() {
                @Override
                public void run() {
                    try {
                        stopped.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public void stop() {
                    stopped.countDown();
                }
            };
        }, Duration.ofMillis(1), Duration.ofMillis(1)).start();
        await("the worker runs").atMost(Duration.ofSeconds(30)).until(supervisor::running);
        supervisor.stop();
        await("the supervisor stopped").atMost(Duration.ofSeconds(30)).until(() -> !supervisor.alive());
        assertThat(made.get()).isEqualTo(1);
        assertThat(supervisor.restarts()).isZero();
    }

    private static SupervisedWorker.Worker worker(Runnable body) {
        return new SupervisedWorker.Worker() {
            @Override
            public void run() {
                body.run();
            }

            @Override
            public void stop() {
            }
        };
    }
}
