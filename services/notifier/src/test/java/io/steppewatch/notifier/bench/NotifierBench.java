package io.steppewatch.notifier.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.steppewatch.avro.Alert;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.Notifier;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.delivery.AlertDispatcher;
import io.steppewatch.notifier.delivery.DispatchReport;
import io.steppewatch.notifier.delivery.HealthRegistry;
import io.steppewatch.notifier.delivery.RetryPolicy;
import io.steppewatch.notifier.delivery.Waiter;
import io.steppewatch.notifier.delivery.WebhookDeliverer;
import io.steppewatch.notifier.delivery.WebhookRateLimiter;
import io.steppewatch.notifier.digest.DigestPlanner;
import io.steppewatch.notifier.slack.AlertMessageRenderer;
import io.steppewatch.notifier.slack.SlackMessage;
import io.steppewatch.notifier.slack.SlackWebhookClient;
import io.steppewatch.notifier.subscription.AlertFilter;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.WebhookUrl;
import io.steppewatch.notifier.testing.AlertPublisher;
import io.steppewatch.notifier.testing.InMemoryDeliveryLog;
import io.steppewatch.notifier.testing.RecordingDeadLetters;
import io.steppewatch.notifier.testing.SlackStub;
import io.steppewatch.notifier.testing.TestAlerts;
import io.steppewatch.testkit.KafkaBrokerExtension;
import io.steppewatch.testkit.TestBroker;

/**
 * Prints the notifier's figures: rendering speed, delivery throughput over loopback HTTP with the rate
 * limit off, the sustained rate with Slack's one-per-second limit on, and the whole Kafka path on a local
 * broker. Run by bench/notifier/run.sh. (The waiting loop sleeps: this is a bench main, not a test.)
 */
public final class NotifierBench {

    private NotifierBench() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            alerts.add(TestAlerts.trade("bench-" + i));
        }
        renderSingles(out, alerts);
        renderDigests(out, alerts);
        deliver(out, alerts.subList(0, 2_000), Duration.ZERO, "rate limit off");
        deliver(out, alerts.subList(2_000, 2_006), Duration.ofSeconds(1), "rate limit 1/s (default)");
        deliverFromKafka(out, alerts.subList(3_000, 4_000));
        // The broker's threads are not daemons; exiting runs the testkit's hook that stops it.
        System.exit(0);
    }

    /** The whole path: alert topic, consumer, Slack post, delivery record, offset commit; rate limit off. */
    private static void deliverFromKafka(PrintStream out, List<Alert> alerts) throws Exception {
        TestBroker broker = KafkaBrokerExtension.broker();
        KafkaSettings settings = KafkaSettings.of(broker.bootstrapServers());
        Topics topics = Topics.withPrefix("bench-" + System.nanoTime() + "-");
        TopicAdmin.ensure(settings, topics.definitions());
        try (AlertPublisher publisher = new AlertPublisher(settings, topics)) {
            alerts.forEach(publisher::publish);
        }
        NotifierConfig config = NotifierConfig.of(Map.of(
                NotifierConfig.GROUP_ID.name(), "bench-" + System.nanoTime(),
                NotifierConfig.WEBHOOK_INTERVAL.name(), "0ms",
                NotifierConfig.DIGEST_PER_MINUTE.name(), String.valueOf(Integer.MAX_VALUE)));
        try (SlackStub slack = new SlackStub()) {
            Subscription subscription = new Subscription("bench", WebhookUrl.parse(slack.url("/services/kafka")),
                    List.of("trade"), AlertFilter.ANY);
            long start = System.nanoTime();
            try (Notifier notifier = new Notifier(config, settings, topics, List.of(subscription), out).start()) {
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (slack.accepted("/services/kafka").size() < alerts.size() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int posted = slack.accepted("/services/kafka").size();
            out.printf(Locale.ROOT, "deliver from Kafka (%s broker, start-up and delivery log load included): "
                    + "%d alerts posted in %.2f s = %.1f alerts/s%n", broker.kind(), posted, seconds, posted / seconds);
        }
    }

    private static void renderSingles(PrintStream out, List<Alert> alerts) {
        AlertMessageRenderer renderer = new AlertMessageRenderer();
        long bytes = 0;
        for (Alert alert : alerts.subList(0, 5_000)) {
            bytes += renderer.render(alert).toJson().length();
        }
        bytes = 0;
        long start = System.nanoTime();
        for (Alert alert : alerts) {
            SlackMessage message = renderer.render(alert);
            bytes += message.toJson().length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "render single: %d alerts in %.2f s = %.0f messages/s, %.0f bytes per payload%n",
                alerts.size(), seconds, alerts.size() / seconds, (double) bytes / alerts.size());
    }

    private static void renderDigests(PrintStream out, List<Alert> alerts) {
        AlertMessageRenderer renderer = new AlertMessageRenderer();
        int digests = alerts.size() / 20;
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < digests; i++) {
            bytes += renderer.renderDigest(alerts.subList(i * 20, i * 20 + 20)).toJson().length();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "render digest of 20: %d digests in %.2f s = %.0f digests/s, %.0f bytes per payload%n",
                digests, seconds, digests / seconds, (double) bytes / digests);
    }

    private static void deliver(PrintStream out, List<Alert> alerts, Duration interval, String label) throws Exception {
        try (SlackStub slack = new SlackStub()) {
            Clock clock = Clock.systemUTC();
            HealthRegistry health = new HealthRegistry(clock);
            WebhookDeliverer deliverer = new WebhookDeliverer(
                    new SlackWebhookClient(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                    new WebhookRateLimiter(clock, interval),
                    new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMinutes(1), new Random(1)),
                    health, clock);
            AlertDispatcher dispatcher = new AlertDispatcher(deliverer, new AlertMessageRenderer(),
                    new DigestPlanner(Integer.MAX_VALUE, 20, clock), new InMemoryDeliveryLog(),
                    new RecordingDeadLetters(), health);
            Subscription subscription = new Subscription("bench", WebhookUrl.parse(slack.url("/services/bench")),
                    List.of("trade"), AlertFilter.ANY);
            long start = System.nanoTime();
            DispatchReport report = dispatcher.dispatch(subscription, alerts, false, () -> true, Waiter.sleeping());
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "deliver (%s): %d posts accepted in %.2f s = %.1f posts/s%n", label,
                    report.messages(), seconds, report.messages() / seconds);
        }
    }
}
