package io.steppewatch.notifier.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
import io.steppewatch.notifier.testing.MutableClock;
import io.steppewatch.notifier.testing.SlackStub;
import io.steppewatch.notifier.testing.TestAlerts;
import io.steppewatch.testkit.KafkaBrokerExtension;

/** Bursts over the per-minute limit are held on Kafka (uncommitted) and leave as one digest. */
class NotifierDigestIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void shouldHoldAlertsOverTheLimitAndSendThemAsOneDigestWhenTheMinuteAllows() throws Exception {
        Topics topics = KAFKA.newTopics();
        KafkaSettings settings = KAFKA.settings();
        NotifierConfig config = NotifierConfig.of(Map.of(
                NotifierConfig.GROUP_ID.name(), KafkaBrokerExtension.uniqueId("notifier-digest"),
                NotifierConfig.WEBHOOK_INTERVAL.name(), "20ms",
                NotifierConfig.DIGEST_PER_MINUTE.name(), "3",
                NotifierConfig.DIGEST_MAX_ITEMS.name(), "20"));
        // The clock only moves when the test says so, so "a minute later" costs no real minute.
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        try (SlackStub slack = new SlackStub(); AlertPublisher publisher = new AlertPublisher(settings, topics)) {
            String path = "/services/T2/B2/digestSecret";
            Subscription subscription = new Subscription("burst", WebhookUrl.parse(slack.url(path)), List.of("trade"),
                    AlertFilter.ANY);
            Notifier notifier = new Notifier(config, settings, topics, List.of(subscription), System.out,
                    () -> DeliveryPath.open(config, settings, topics,
                            new SlackWebhookClient(Duration.ofSeconds(2), Duration.ofSeconds(5)), clock, new Random(3)));
            notifier.start();
            try {
                for (int i = 0; i < 3; i++) {
                    publisher.publish(TestAlerts.trade("first-" + i));
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> slack.accepted(path).size() == 3);

                for (int i = 0; i < 9; i++) {
                    publisher.publish(TestAlerts.trade("burst-" + i));
                }
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                        .until(() -> slack.accepted(path).size() == 3);

                clock.advance(Duration.ofSeconds(61));
                await().atMost(Duration.ofSeconds(60)).until(() -> Delivered.alertIds(slack.accepted(path)).size() == 12);
            } finally {
                notifier.close();
            }

            List<String> payloads = slack.accepted(path);
            assertThat(payloads).hasSize(4);
            assertThat(payloads.get(3)).contains("9 new figures in a burst");
            assertThat(Delivered.alertIds(payloads)).doesNotHaveDuplicates().hasSize(12);
        }
    }
}
