package io.steppewatch.notifier;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.consume.DeliveryPath;
import io.steppewatch.notifier.consume.NotifierRuntime;
import io.steppewatch.notifier.delivery.SubscriptionHealth;
import io.steppewatch.notifier.subscription.Subscription;

/**
 * The notifier as a component: {@link #start()} begins delivering alerts to the subscriptions (or printing
 * them on the console when there are none), {@link #close()} stops after the messages in flight. The CLI's
 * {@code run} starts it in-process; {@link Main} runs it alone.
 */
public final class Notifier implements AutoCloseable {

    private final NotifierConfig config;
    private final KafkaSettings settings;
    private final Topics topics;
    private final List<Subscription> subscriptions;
    private final PrintStream console;
    private final NotifierRuntime.DeliveryPathFactory paths;
    private volatile NotifierRuntime runtime;

    public Notifier(NotifierConfig config, KafkaSettings settings, Topics topics, List<Subscription> subscriptions,
                    PrintStream console) {
        this(config, settings, topics, subscriptions, console, () -> DeliveryPath.open(config, settings, topics));
    }

    /** With a chosen way to open the delivery path (tests choose the clock, random source and transport). */
    public Notifier(NotifierConfig config, KafkaSettings settings, Topics topics, List<Subscription> subscriptions,
                    PrintStream console, NotifierRuntime.DeliveryPathFactory paths) {
        this.config = Objects.requireNonNull(config, "config");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.subscriptions = List.copyOf(subscriptions);
        this.console = Objects.requireNonNull(console, "console");
        this.paths = paths;
    }

    /** Loads the delivery log and starts one consumer per subscription; returns once they run. */
    public synchronized Notifier start() {
        if (runtime != null) {
            throw new IllegalStateException("notifier already started");
        }
        runtime = NotifierRuntime.start(config, settings, topics, subscriptions, console, paths);
        return this;
    }

    public synchronized List<SubscriptionHealth> health() {
        return runtime == null ? List.of() : runtime.health();
    }

    /** Liveness: started, and no consumer thread is dead beyond repair. */
    public boolean alive() {
        NotifierRuntime current = runtime;
        return current != null && current.alive();
    }

    /** Readiness: every subscription's consumer runs (one that died is restarted with a backoff). */
    public boolean ready() {
        NotifierRuntime current = runtime;
        return current != null && current.ready();
    }

    /** Stops as a killed process would (no commit, no flush). For crash tests. */
    public synchronized void halt() {
        if (runtime != null) {
            runtime.halt();
            runtime = null;
        }
    }

    @Override
    public synchronized void close() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }
}
