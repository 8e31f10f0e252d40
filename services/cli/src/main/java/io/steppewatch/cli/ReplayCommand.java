package io.steppewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.steppewatch.avro.Alert;
import io.steppewatch.kafka.AvroSerde;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.consume.DeliveryPath;
import io.steppewatch.notifier.delivery.DispatchReport;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.SubscriptionsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Replays history: alerts to a Slack subscription, or articles back into the pipeline. */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Replay the history of a topic.",
        subcommands = {ReplayCommand.Alerts.class, ReplayCommand.Articles.class},
        footer = {"", "Examples:", "  steppewatch replay alerts --since 2025-11-01 --to trade-desk --subscriptions subscriptions.yaml",
                "  steppewatch replay articles --since 2025-10-01"})
public final class ReplayCommand {

    /** {@code steppewatch replay alerts}. */
    @Command(name = "alerts", mixinStandardHelpOptions = true,
            description = {"Re-send the alerts of a period to one Slack subscription.",
                    "For a new channel, or after an outage: through the notifier's normal path (its filters, rate limit",
                    "and retries). Alerts already delivered to that subscription are skipped unless --force."},
            footer = {"", "Examples:", "  steppewatch replay alerts --since 2025-11-01 --to trade-desk --subscriptions subscriptions.yaml",
                    "  steppewatch replay alerts --since 2025-11-01 --until 2025-11-08 --to new-channel --subscriptions s.yaml --force"})
    public static final class Alerts implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        KafkaOptions kafka;

        @Mixin
        PeriodOptions period;

        @Option(names = "--to", required = true, paramLabel = "SUBSCRIPTION", description = "Name of the subscription to send to.")
        String subscriptionName;

        @Option(names = "--subscriptions", required = true, paramLabel = "FILE", description = "The subscriptions file.")
        Path subscriptionsFile;

        @Option(names = "--force", description = "Send again alerts this subscription already received.")
        boolean force;

        @Override
        public Integer call() throws InterruptedException {
            Instant from = period.from();
            Instant to = period.to();
            Subscription subscription = new SubscriptionsLoader(System::getenv).load(subscriptionsFile).stream()
                    .filter(s -> s.name().equals(subscriptionName)).findFirst()
                    .orElseThrow(() -> new UnknownSubscriptionException(subscriptionName, subscriptionsFile));
            KafkaSettings settings = kafka.settings();
            Topics topics = Topics.withPrefix(kafka.topicPrefix());
            TailCommand.requireTopic(settings, topics.alerts().name(), topics);
            PrintWriter out = spec.commandLine().getOut();
            AvroSerde<Alert> serde = AvroSerde.of(Alert.class);
            List<Alert> alerts = new ArrayList<>();
            out.printf("Reading alerts from %s%s...%n", from, to == null ? "" : " to " + to);
            out.flush();
            new HistoryReader(settings, System.err).read(List.of(topics.alerts().name()), from, to, record -> {
                Alert alert = serde.decode(record.value());
                if (subscription.follows(alert)) {
                    alerts.add(alert);
                }
            });
            out.printf("%d alerts for %s; sending at most one message per second...%n", alerts.size(), subscription.name());
            out.flush();
            NotifierConfig config = NotifierConfig.from(kafka.layered(Map.of()));
            try (DeliveryPath path = DeliveryPath.open(config, settings, topics)) {
                DispatchReport report = path.dispatcher().dispatch(subscription, alerts, force);
                out.printf("delivered %d, skipped %d (already delivered), dead-lettered %d, pending %d%n",
                        report.delivered().size(), report.skipped().size(), report.deadLettered().size(),
                        report.pending().size());
                return report.deadLettered().isEmpty() && report.complete() ? 0 : CliErrors.FAILED;
            }
        }
    }

    /** {@code steppewatch replay articles}. */
    @Command(name = "articles", mixinStandardHelpOptions = true,
            description = {"Re-publish the stored articles of a period, with their ids.",
                    "A running processor analyses them again (after a lexicon change, say). Figures it already knows",
                    "confirm, so only what the new rules find new raises alerts."},
            footer = {"", "Examples:", "  steppewatch replay articles --since 2025-10-01",
                    "  steppewatch replay articles --since 2025-10-01 --until 2025-10-15"})
    public static final class Articles implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        KafkaOptions kafka;

        @Mixin
        PeriodOptions period;

        @Override
        public Integer call() {
            Instant from = period.from();
            Instant to = period.to();
            KafkaSettings settings = kafka.settings();
            Topics topics = Topics.withPrefix(kafka.topicPrefix());
            String name = topics.articles().name();
            TailCommand.requireTopic(settings, name, topics);
            long[] sent = {0};
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.producer(),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                new HistoryReader(settings, System.err).read(List.of(name), from, to, record -> {
                    if (record.value() != null) {
                        producer.send(new ProducerRecord<>(name, null, null, record.key(), record.value(), record.headers()));
                        sent[0]++;
                    }
                });
                producer.flush();
            }
            spec.commandLine().getOut().printf("re-published %d articles to %s%n", sent[0], name);
            return 0;
        }
    }
}
