package io.steppewatch.notifier;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Metrics;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.config.ServiceArgs;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.SubscriptionException;
import io.steppewatch.notifier.subscription.SubscriptionsLoader;
import io.steppewatch.ops.ServiceOps;

/**
 * Runs the notifier alone: {@code java -cp ... io.steppewatch.notifier.Main [--config FILE] [key=value]...}.
 * Settings come from the arguments, the properties file, then {@code STEPPEWATCH_*} environment variables.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        NotifierConfig config;
        LayeredConfig layered;
        List<Subscription> subscriptions;
        try {
            ServiceArgs arguments = ServiceArgs.parse(args);
            layered = arguments.config();
            config = NotifierConfig.load(Optional.ofNullable(arguments.file()), System::getenv, arguments.overrides());
            subscriptions = config.subscriptionsFile()
                    .map(file -> new SubscriptionsLoader(System::getenv).load(file))
                    .orElse(List.of());
        } catch (IllegalArgumentException | SubscriptionException | java.io.UncheckedIOException e) {
            LOG.error("{}", e.getMessage());
            System.exit(2);
            return;
        }
        LOG.info("Starting the notifier with {} subscription(s): {}", subscriptions.size(), subscriptions);
        KafkaSettings settings = KafkaSettings.of(config.bootstrapServers()).with(layered.withPrefix("kafka."));
        Topics topics = Topics.withPrefix(config.topicPrefix());
        // The notifier's own topics; the alert topics belong to the processor and are only read here.
        Set<String> own = Set.of(topics.notifierDeliveries().name(), topics.notifierDlq().name());
        TopicAdmin.ensure(settings, topics.definitions().stream().filter(d -> own.contains(d.name())).toList());
        ServiceOps ops = ServiceOps.start("notifier", layered);
        Metrics.addRegistry(ops.registry());
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Notifier notifier = new Notifier(config, settings, topics, subscriptions, console).start();
        ops.health(notifier::alive, notifier::ready);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            notifier.close();
            ops.close();
            stopped.countDown();
        }, "notifier-shutdown"));
        stopped.await();
    }
}
