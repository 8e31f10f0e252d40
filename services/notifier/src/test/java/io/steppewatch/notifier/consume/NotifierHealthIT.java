package io.steppewatch.notifier.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
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
import io.steppewatch.testkit.KafkaBrokerExtension;

/** The notifier's health comes from its subscription threads: up while they run, down once they are gone. */
class NotifierHealthIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void shouldReportUpWhileSubscriptionsRunAndDownOnceTheyStopped() {
        Topics topics = KAFKA.newTopics();
        KafkaSettings settings = KAFKA.settings();
        NotifierConfig config = NotifierConfig.of(Map.of(NotifierConfig.GROUP_ID.name(),
                KafkaBrokerExtension.uniqueId("notifier-health")));
        Subscription desk = new Subscription("desk", WebhookUrl.parse("http://127.0.0.1:9/services/T/B/x"),
                List.of("trade"), AlertFilter.ANY);
        Notifier notifier = new Notifier(config, settings, topics, List.of(desk), System.out,
                () -> DeliveryPath.open(config, settings, topics,
                        new SlackWebhookClient(Duration.ofSeconds(1), Duration.ofSeconds(1)), Clock.systemUTC(),
                        new Random(7)));
        assertThat(notifier.alive()).as("not started").isFalse();
        notifier.start();
        try {
            await("the subscription runs").atMost(Duration.ofSeconds(60)).until(notifier::ready);
            assertThat(notifier.alive()).isTrue();
        } finally {
            notifier.close();
        }
        assertThat(notifier.alive()).isFalse();
        assertThat(notifier.ready()).isFalse();
    }
}
