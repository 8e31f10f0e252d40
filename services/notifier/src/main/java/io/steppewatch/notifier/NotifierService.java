package io.steppewatch.notifier;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Metrics;
import io.steppewatch.config.CommonKeys;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.SubscriptionsLoader;
import io.steppewatch.ops.ServiceOps;
import io.steppewatch.ops.ServiceShutdown;

/**
 * The notifier's one entry point from settings: {@code steppewatch run}, {@code steppewatch notifier} and the
 * notifier image all go through {@link #create}, so they read the same keys the same way.
 */
public final class NotifierService {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierService.class);

    private NotifierService() {
    }

    /**
     * Validates every notifier setting, loads the subscriptions of {@code notifier.subscriptions.file}
     * (webhooks from the environment or files), creates the notifier's own topics when missing and returns
     * the notifier, not yet started. Without subscriptions it prints alerts on {@code console}.
     *
     * @throws io.steppewatch.config.ConfigException naming the first key that is unknown or wrong
     * @throws io.steppewatch.notifier.subscription.SubscriptionException when the subscriptions file is invalid
     */
    public static Notifier create(LayeredConfig config, PrintStream console) {
        NotifierConfig settings = NotifierConfig.from(config);
        List<Subscription> subscriptions = settings.subscriptionsFile()
                .map(file -> new SubscriptionsLoader(System::getenv).load(file))
                .orElse(List.of());
        KafkaSettings kafka = CommonKeys.kafka(config);
        Topics topics = CommonKeys.topics(config);
        // The notifier's own topics; the alert topics belong to the processor and are only read here.
        Set<String> own = Set.of(topics.notifierDeliveries().name(), topics.notifierDlq().name());
        TopicAdmin.ensure(kafka, topics.definitions().stream().filter(d -> own.contains(d.name())).toList());
        LOG.info("Notifier with {} subscription(s) {} against Kafka at {}", subscriptions.size(), subscriptions,
                kafka.describe());
        return new Notifier(settings, kafka, topics, subscriptions, console);
    }

    /** Runs the notifier alone, with its ops endpoints, until the JVM is asked to stop. */
    public static void run(LayeredConfig config) throws InterruptedException {
        NotifierConfig.from(config);
        ServiceOps ops = ServiceOps.start("notifier", config);
        Notifier notifier;
        try {
            Metrics.addRegistry(ops.registry());
            notifier = create(config, new PrintStream(System.out, true, StandardCharsets.UTF_8)).start();
        } catch (RuntimeException e) {
            ops.close();
            throw e;
        }
        ops.health(notifier::alive, notifier::ready);
        LOG.info("Notifier running; stop it with SIGTERM or Ctrl-C");
        ServiceShutdown.awaitThenClose("notifier", notifier, ops);
    }
}
