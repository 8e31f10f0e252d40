package io.steppewatch.notifier.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.Notifier;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.slack.SlackWebhookClient;
import io.steppewatch.notifier.subscription.AlertFilter;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.WebhookUrl;
import io.steppewatch.notifier.testing.AlertPublisher;
import io.steppewatch.notifier.testing.Delivered;
import io.steppewatch.notifier.testing.SlackStub;
import io.steppewatch.notifier.testing.SlackStub.Reply;
import io.steppewatch.notifier.testing.TestAlerts;
import io.steppewatch.testkit.KafkaBrokerExtension;

/**
 * Kills the notifier (no commit, no flush, threads interrupted) while it delivers, restarts it, and
 * counts what Slack received: duplicates (goal zero) and losses (must be zero). Three kill points:
 * <ul>
 *   <li>between sends: the previous post was accepted and recorded, the next one has not reached Slack;</li>
 *   <li>mid-post: Slack took the post but the notifier dies before reading the answer (the one window an
 *       incoming webhook, which has no idempotency key, cannot close);</li>
 *   <li>right after an accepted post, at whatever point the notifier has reached (a real kill's timing).</li>
 * </ul>
 */
class NotifierCrashIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final Logger LOG = LoggerFactory.getLogger(NotifierCrashIT.class);
    private static final int ALERTS = 40;
    private static final int CRASHES = 3;
    private static final int POSTS_BETWEEN_CRASHES = 9;

    private SlackStub slack;
    private Topics topics;
    private KafkaSettings settings;
    private NotifierConfig config;
    private Subscription subscription;
    private final AtomicReference<Notifier> running = new AtomicReference<>();
    private final AtomicInteger crashes = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final ExecutorService killer = Executors.newSingleThreadExecutor();

    /** What a crash scenario measured. */
    record Outcome(String mode, int crashes, int alerts, int posts, int duplicates, int losses) {
    }

    @BeforeEach
    void setUp() throws Exception {
        slack = new SlackStub();
        topics = KAFKA.newTopics();
        // A killed consumer never says goodbye: its partitions move once its session expires, so keep it short.
        settings = KAFKA.settings().with(Map.of("session.timeout.ms", 6000, "heartbeat.interval.ms", 500));
        config = NotifierConfig.of(Map.of(
                NotifierConfig.GROUP_ID.name(), KafkaBrokerExtension.uniqueId("notifier-crash"),
                NotifierConfig.WEBHOOK_INTERVAL.name(), "10ms",
                NotifierConfig.RETRY_INITIAL.name(), "50ms",
                NotifierConfig.RETRY_MAX.name(), "200ms",
                NotifierConfig.DIGEST_PER_MINUTE.name(), "100000",
                NotifierConfig.POLL_MAX_RECORDS.name(), "7"));
        subscription = new Subscription("crashy", WebhookUrl.parse(slack.url("/services/T9/B9/crashSecret")),
                List.of("trade"), AlertFilter.ANY);
        try (AlertPublisher publisher = new AlertPublisher(settings, topics)) {
            for (int i = 0; i < ALERTS; i++) {
                publisher.publish(TestAlerts.trade(String.format("a%02d", i)));
            }
        }
    }

    @AfterEach
    void tearDown() {
        Notifier notifier = running.getAndSet(null);
        if (notifier != null) {
            notifier.close();
        }
        killer.shutdownNow();
        slack.close();
    }

    @Test
    void shouldLoseNothingAndPostNothingTwiceWhenKilledBetweenSends() throws Exception {
        slack.intercept((path, body) -> {
            if (requests.incrementAndGet() % POSTS_BETWEEN_CRASHES == 0 && crashes.get() < CRASHES) {
                crash();
                return Reply.dropConnection();
            }
            return null;
        });

        Outcome outcome = runUntilAllDelivered("killed between sends");

        assertThat(outcome.crashes()).isEqualTo(CRASHES);
        assertThat(outcome.losses()).isZero();
        assertThat(outcome.duplicates()).isZero();
    }

    @Test
    void shouldLoseNothingAndRepostOnlyTheInFlightAlertWhenKilledMidPost() throws Exception {
        slack.intercept((path, body) -> {
            if (requests.incrementAndGet() % POSTS_BETWEEN_CRASHES == 0 && crashes.get() < CRASHES) {
                crash();
                // Slack keeps the post; the answer goes to a process that is gone.
                return Reply.ok();
            }
            return null;
        });

        Outcome outcome = runUntilAllDelivered("killed mid-post");

        assertThat(outcome.crashes()).isEqualTo(CRASHES);
        assertThat(outcome.losses()).isZero();
        assertThat(outcome.duplicates()).isLessThanOrEqualTo(CRASHES);
    }

    @Test
    void shouldLoseNothingWhenKilledRightAfterAnAcceptedPost() throws Exception {
        slack.onAccepted(received -> {
            if (requests.incrementAndGet() % POSTS_BETWEEN_CRASHES == 0 && crashes.get() < CRASHES) {
                killer.submit(this::crash);
            }
        });

        Outcome outcome = runUntilAllDelivered("killed after an accepted post");

        assertThat(outcome.crashes()).isEqualTo(CRASHES);
        assertThat(outcome.losses()).isZero();
        assertThat(outcome.duplicates()).isLessThanOrEqualTo(CRASHES);
    }

    private void crash() {
        Notifier notifier = running.getAndSet(null);
        if (notifier != null) {
            notifier.halt();
            crashes.incrementAndGet();
        }
    }

    private Outcome runUntilAllDelivered(String mode) {
        int starts = 0;
        while (distinctDelivered().size() < ALERTS || crashes.get() < CRASHES && starts <= CRASHES) {
            int crashesBefore = crashes.get();
            Notifier notifier = new Notifier(config, settings, topics, List.of(subscription), System.out,
                    () -> DeliveryPath.open(config, settings, topics,
                            new SlackWebhookClient(Duration.ofSeconds(2), Duration.ofSeconds(5)), Clock.systemUTC(),
                            new Random(5)));
            running.set(notifier);
            notifier.start();
            starts++;
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(() ->
                    crashes.get() > crashesBefore || distinctDelivered().size() >= ALERTS);
            if (crashes.get() == crashesBefore) {
                break;
            }
            assertThat(starts).as("restarts").isLessThanOrEqualTo(CRASHES + 1);
        }
        Notifier last = running.getAndSet(null);
        if (last != null) {
            last.close();
        }
        List<String> posted = Delivered.alertIds(slack.accepted("/services/T9/B9/crashSecret"));
        Set<String> distinct = new HashSet<>(posted);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            expected.add(String.format("a%02d", i));
        }
        int losses = (int) expected.stream().filter(id -> !distinct.contains(id)).count();
        Outcome outcome = new Outcome(mode, crashes.get(), ALERTS, posted.size(), posted.size() - distinct.size(), losses);
        LOG.info("CRASH RESULT {}", outcome);
        return outcome;
    }

    private Set<String> distinctDelivered() {
        return new HashSet<>(Delivered.alertIds(slack.accepted("/services/T9/B9/crashSecret")));
    }
}
