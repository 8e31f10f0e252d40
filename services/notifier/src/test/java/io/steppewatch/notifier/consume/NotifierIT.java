package io.steppewatch.notifier.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Severity;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.Notifier;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.delivery.SubscriptionHealth;
import io.steppewatch.notifier.slack.SlackWebhookClient;
import io.steppewatch.notifier.subscription.AlertFilter;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.WebhookUrl;
import io.steppewatch.notifier.testing.AlertPublisher;
import io.steppewatch.notifier.testing.Delivered;
import io.steppewatch.notifier.testing.LogCapture;
import io.steppewatch.notifier.testing.SlackStub;
import io.steppewatch.notifier.testing.SlackStub.Reply;
import io.steppewatch.notifier.testing.TestAlerts;
import io.steppewatch.notifier.testing.TopicReader;
import io.steppewatch.testkit.KafkaBrokerExtension;

/** The notifier on a real broker, delivering to a local Slack-like server. */
class NotifierIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final String SECRET_PART = "ItSecretW3bh00k";

    private SlackStub slack;
    private Topics topics;
    private KafkaSettings settings;
    private NotifierConfig config;

    @BeforeEach
    void setUp() throws Exception {
        slack = new SlackStub();
        topics = KAFKA.newTopics();
        settings = KAFKA.settings();
        config = NotifierConfig.of(Map.of(
                NotifierConfig.GROUP_ID.name(), KafkaBrokerExtension.uniqueId("notifier-it"),
                NotifierConfig.WEBHOOK_INTERVAL.name(), "20ms",
                NotifierConfig.RETRY_INITIAL.name(), "50ms",
                NotifierConfig.RETRY_MAX.name(), "200ms"));
    }

    @AfterEach
    void tearDown() {
        slack.close();
    }

    private String path(String name) {
        return "/services/T1/" + name + "/" + SECRET_PART;
    }

    private Subscription subscription(String name, List<String> followed, AlertFilter filter) {
        return new Subscription(name, WebhookUrl.parse(slack.url(path(name))), followed, filter);
    }

    private Notifier notifier(List<Subscription> subscriptions, PrintStream console) {
        return new Notifier(config, settings, topics, subscriptions, console,
                () -> DeliveryPath.open(config, settings, topics,
                        new SlackWebhookClient(Duration.ofSeconds(2), Duration.ofMillis(500)), Clock.systemUTC(),
                        new Random(99)));
    }

    @Test
    void shouldDeliverOnceToMatchingSubscriptionsAndDeadLetterRefusalsWhenRunningOnKafka() throws Exception {
        slack.script(path("sanctions-desk"), Reply.status(500, "internal_error"), Reply.tooManyRequests(1),
                Reply.dropConnection(), new Reply(503, "slow", null, 900, false), Reply.status(502, ""));
        slack.always(path("archived"), Reply.status(410, "channel_is_archived"));
        List<Subscription> subscriptions = List.of(
                subscription("trade-desk", List.of("trade"), AlertFilter.ANY),
                subscription("sanctions-desk", List.of("sanctions", "trade"),
                        new AlertFilter(Set.of(), Set.of(), Set.of("UZ", "KG"), Optional.empty())),
                subscription("security-high", List.of("security"),
                        new AlertFilter(Set.of(), Set.of(), Set.of(), Optional.of(Severity.HIGH))),
                subscription("archived", List.of("corridors"), AlertFilter.ANY));
        List<Alert> alerts = List.of(
                TestAlerts.alert("t1", AlertKind.NEW_PERIOD, List.of("trade"), "trade.turnover", List.of("KZ"), Severity.HIGH),
                TestAlerts.alert("t2", AlertKind.REVISED, List.of("trade", "sanctions"), "trade.turnover", List.of("UZ"), Severity.LOW),
                TestAlerts.alert("s1", AlertKind.NEW_METRIC, List.of("sanctions"), "sanctions.count", List.of("KG"), Severity.MEDIUM),
                TestAlerts.alert("x1", AlertKind.NEW_PERIOD, List.of("security"), "security.incidents", List.of("TJ"), Severity.LOW),
                TestAlerts.alert("c1", AlertKind.NEW_PERIOD, List.of("corridors"), "cargo.volume", List.of("KZ"), Severity.HIGH));

        try (LogCapture logs = new LogCapture(); AlertPublisher publisher = new AlertPublisher(settings, topics)) {
            publisher.send(topics.alertsFor("trade").name(), "garbage", "not an alert".getBytes(StandardCharsets.UTF_8));
            alerts.forEach(publisher::publish);
            Notifier notifier = notifier(subscriptions, System.out).start();
            try {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(Delivered.alertIds(slack.accepted(path("trade-desk")))).containsExactlyInAnyOrder("t1", "t2");
                    assertThat(Delivered.alertIds(slack.accepted(path("sanctions-desk")))).containsExactlyInAnyOrder("t2", "s1");
                    assertThat(notifier.health()).anySatisfy(h -> assertThat(h.subscription()).isEqualTo("archived"));
                });
                assertThat(notifier.health()).filteredOn(h -> h.subscription().equals("archived")).singleElement()
                        .satisfies(h -> {
                            assertThat(h.state()).isEqualTo(SubscriptionHealth.State.FAILING);
                            assertThat(h.lastProblem()).contains("HTTP 410 channel_is_archived");
                        });
            } finally {
                notifier.close();
            }

            // A restart re-reads nothing it committed, and a new alert still flows.
            Alert late = TestAlerts.alert("t3", AlertKind.NEW_PERIOD, List.of("trade"), "trade.turnover", List.of("KG"), Severity.LOW);
            publisher.publish(late);
            Notifier restarted = notifier(subscriptions, System.out).start();
            try {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(Delivered.alertIds(slack.accepted(path("trade-desk")))).containsExactlyInAnyOrder("t1", "t2", "t3");
                    assertThat(Delivered.alertIds(slack.accepted(path("sanctions-desk")))).containsExactlyInAnyOrder("t2", "s1", "t3");
                });
            } finally {
                restarted.close();
            }
            assertThat(logs.everything()).doesNotContain(SECRET_PART).doesNotContain(slack.url("/services"));
        }

        assertThat(slack.received()).noneMatch(r -> r.path().equals(path("security-high")));
        List<ConsumerRecord<String, byte[]>> dlq = TopicReader.readAll(settings, topics.notifierDlq().name());
        AvroSerde<Alert> serde = AvroSerde.of(Alert.class);
        List<String> dlqSummary = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : dlq) {
            String reason = header(record, KafkaDeadLetters.REASON);
            String subscription = header(record, KafkaDeadLetters.SUBSCRIPTION);
            dlqSummary.add(record.key() + " " + subscription + " " + reason);
            if (reason.startsWith("HTTP")) {
                assertThat(serde.decode(record.value()).getId()).isEqualTo("c1");
            }
        }
        assertThat(dlqSummary).contains("archived|c1 archived HTTP 410 channel_is_archived");
        assertThat(dlqSummary).filteredOn(s -> s.contains("unreadable alert")).extracting(s -> s.split(" ")[0])
                .containsExactlyInAnyOrder("trade-desk|garbage", "sanctions-desk|garbage");
        assertThat(String.join("\n", dlqSummary)).doesNotContain(SECRET_PART);
        for (ConsumerRecord<String, byte[]> record : dlq) {
            record.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(SECRET_PART));
        }

        List<String> deliveries = TopicReader.readAll(settings, topics.notifierDeliveries().name()).stream()
                .map(ConsumerRecord::key).toList();
        assertThat(deliveries).containsExactlyInAnyOrder("trade-desk|t1", "trade-desk|t2", "trade-desk|t3",
                "sanctions-desk|t2", "sanctions-desk|s1", "sanctions-desk|t3");
    }

    @Test
    void shouldPrintAlertsOnConsoleWhenNoSubscriptionIsConfigured() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (AlertPublisher publisher = new AlertPublisher(settings, topics)) {
            publisher.publish(TestAlerts.trade("console-1"));
            Notifier notifier = notifier(List.of(), console).start();
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> buffer.toString(StandardCharsets.UTF_8).contains("console-1"));
            } finally {
                notifier.close();
            }
        }

        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("NEW PERIOD [MEDIUM] trade.turnover — CN, KZ")
                .contains("new:      23.6 bn USD (2024)")
                .contains("known:    21.1 bn USD (2023) — Seed corpus")
                .contains("https://news.example.org/articles/console-1");
        assertThat(slack.received()).isEmpty();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
