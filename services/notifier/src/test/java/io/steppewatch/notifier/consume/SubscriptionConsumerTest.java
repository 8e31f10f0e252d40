package io.steppewatch.notifier.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Severity;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.delivery.AlertDispatcher;
import io.steppewatch.notifier.delivery.DeliveryLog;
import io.steppewatch.notifier.delivery.HealthRegistry;
import io.steppewatch.notifier.delivery.RetryPolicy;
import io.steppewatch.notifier.delivery.SubscriptionHealth;
import io.steppewatch.notifier.delivery.WebhookDeliverer;
import io.steppewatch.notifier.delivery.WebhookRateLimiter;
import io.steppewatch.notifier.digest.DigestPlanner;
import io.steppewatch.notifier.slack.AlertMessageRenderer;
import io.steppewatch.notifier.slack.SlackWebhookClient;
import io.steppewatch.notifier.subscription.AlertFilter;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.WebhookUrl;
import io.steppewatch.notifier.testing.Delivered;
import io.steppewatch.notifier.testing.InMemoryDeliveryLog;
import io.steppewatch.notifier.testing.SlackStub;
import io.steppewatch.notifier.testing.SlackStub.Reply;
import io.steppewatch.notifier.testing.TestAlerts;

/** The consume loop's commit rules, on Kafka's MockConsumer (no broker) and a local Slack-like server. */
class SubscriptionConsumerTest {

    private static final Topics TOPICS = Topics.withPrefix("unit-");
    private static final TopicPartition TRADE = new TopicPartition(TOPICS.alertsFor("trade").name(), 0);
    private static final String PATH = "/services/T3/B3/unitSecret";

    private final AvroSerde<Alert> serde = AvroSerde.of(Alert.class);
    private final ReplayingMockConsumer consumer = new ReplayingMockConsumer();
    private final MockProducer<String, byte[]> dlq = new MockProducer<>(true, null, new StringSerializer(),
            new ByteArraySerializer());
    private final HealthRegistry health = new HealthRegistry(Clock.systemUTC());
    private SlackStub slack;
    private Subscription subscription;
    private SubscriptionConsumer loop;
    private Thread thread;

    @BeforeEach
    void setUp() throws Exception {
        slack = new SlackStub();
        subscription = new Subscription("unit", WebhookUrl.parse(slack.url(PATH)), List.of("trade"),
                new AlertFilter(Set.of(), Set.of(), Set.of("KZ"), Optional.empty()));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (loop != null) {
            loop.stop();
            thread.join(10_000);
        }
        slack.close();
    }

    @Test
    void shouldCommitPastEveryRecordWhenAllWereDeliveredSkippedOrDeadLettered() {
        start(new InMemoryDeliveryLog(), List.of(
                record(0, TestAlerts.trade("k0")),
                record(1, TestAlerts.alert("uz", AlertKind.NEW_PERIOD, List.of("trade"), "trade.turnover",
                        List.of("UZ"), Severity.HIGH)),
                new ConsumerRecord<>(TRADE.topic(), 0, 2, "bad", "not avro".getBytes(StandardCharsets.UTF_8)),
                record(3, TestAlerts.trade("k1"))));

        await().atMost(Duration.ofSeconds(20)).until(() -> Long.valueOf(4).equals(committed()));

        assertThat(Delivered.alertIds(slack.accepted(PATH))).containsExactly("k0", "k1");
        assertThat(dlq.history()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("unit|bad");
            assertThat(header(r, KafkaDeadLetters.REASON)).startsWith("unreadable alert");
            assertThat(header(r, KafkaDeadLetters.SOURCE_OFFSET)).isEqualTo("2");
        });
    }

    @Test
    void shouldNotCommitWhileSlackIsDown() {
        slack.always(PATH, Reply.status(503, "service_unavailable"));
        start(new InMemoryDeliveryLog(), List.of(record(0, TestAlerts.trade("d0"))));

        await().atMost(Duration.ofSeconds(20)).until(() -> health.of("unit").retries() >= 3);

        assertThat(health.of("unit").state()).isEqualTo(SubscriptionHealth.State.RETRYING);
        assertThat(committed()).isNull();
        assertThat(slack.accepted(PATH)).isEmpty();
    }

    @Test
    void shouldReadTheBatchAgainAndLoseNothingWhenRecordingFails() {
        AtomicInteger calls = new AtomicInteger();
        InMemoryDeliveryLog inner = new InMemoryDeliveryLog();
        DeliveryLog failingOnce = new DeliveryLog() {
            @Override
            public boolean isDelivered(String name, String alertId) {
                return inner.isDelivered(name, alertId);
            }

            @Override
            public void recordDelivered(String name, Collection<String> alertIds) {
                if (calls.incrementAndGet() == 1) {
                    throw new IllegalStateException("could not record a delivery: broker unreachable");
                }
                inner.recordDelivered(name, alertIds);
            }
        };
        start(failingOnce, List.of(record(0, TestAlerts.trade("f0")), record(1, TestAlerts.trade("f1"))));

        await().atMost(Duration.ofSeconds(20)).until(() -> Long.valueOf(2).equals(committed()));

        // f0 reached Slack before its record failed, so the retry posts it again: at least once, never lost.
        assertThat(Delivered.alertIds(slack.accepted(PATH))).containsExactly("f0", "f0", "f1");
        assertThat(inner.keys()).containsExactlyInAnyOrder("unit|f0", "unit|f1");
        assertThat(thread.isAlive()).isTrue();
    }

    private void start(DeliveryLog deliveryLog, List<ConsumerRecord<String, byte[]>> records) {
        Clock clock = Clock.systemUTC();
        WebhookDeliverer deliverer = new WebhookDeliverer(
                new SlackWebhookClient(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new WebhookRateLimiter(clock, Duration.ofMillis(10)),
                new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(1), new Random(2)),
                health, clock);
        AlertDispatcher dispatcher = new AlertDispatcher(deliverer, new AlertMessageRenderer(),
                new DigestPlanner(100, 20, clock), deliveryLog, new KafkaDeadLetters(TOPICS.notifierDlq(), dlq, clock),
                health);
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(TRADE));
            consumer.updateBeginningOffsets(Map.of(TRADE, 0L));
            records.forEach(consumer::addRecord);
        });
        loop = new SubscriptionConsumer(subscription, KafkaSettings.of("127.0.0.1:9"), TOPICS, "unit-group", 100,
                dispatcher, new KafkaDeadLetters(TOPICS.notifierDlq(), dlq, clock), clock, config -> consumer,
                Duration.ofMillis(50));
        thread = new Thread(loop, "unit-subscription");
        thread.start();
    }

    private ConsumerRecord<String, byte[]> record(long offset, Alert alert) {
        return new ConsumerRecord<>(TRADE.topic(), TRADE.partition(), offset, alert.getId(), serde.encode(alert));
    }

    private Long committed() {
        OffsetAndMetadata offset = consumer.committed(Set.of(TRADE)).get(TRADE);
        return offset == null ? null : offset.offset();
    }

    /** MockConsumer forgets records once polled; a real consumer reads them again after a seek back. */
    private static final class ReplayingMockConsumer extends MockConsumer<String, byte[]> {

        private final List<ConsumerRecord<String, byte[]>> all = new CopyOnWriteArrayList<>();

        ReplayingMockConsumer() {
            super("earliest");
        }

        @Override
        public synchronized void addRecord(ConsumerRecord<String, byte[]> record) {
            all.add(record);
            super.addRecord(record);
        }

        @Override
        public synchronized void seek(TopicPartition partition, long offset) {
            super.seek(partition, offset);
            for (ConsumerRecord<String, byte[]> record : all) {
                if (record.topic().equals(partition.topic()) && record.partition() == partition.partition()
                        && record.offset() >= offset) {
                    super.addRecord(record);
                }
            }
        }
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
