package io.steppewatch.notifier.consume;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.delivery.SubscriptionHealth;
import io.steppewatch.notifier.subscription.Subscription;

/**
 * The running threads of a notifier: one {@link SubscriptionConsumer} per subscription sharing one
 * {@link DeliveryPath}, or the {@link ConsoleSink} when there is no subscription.
 */
public final class NotifierRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierRuntime.class);

    private final List<SupervisedWorker> subscriptions = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final DeliveryPath path;
    private final ConsoleSink console;

    private NotifierRuntime(DeliveryPath path, ConsoleSink console) {
        this.path = path;
        this.console = console;
    }

    /** Starts delivering; with no subscription, starts printing alerts on {@code console} instead. */
    public static NotifierRuntime start(NotifierConfig config, KafkaSettings settings, Topics topics,
                                        List<Subscription> subscriptions, PrintStream consoleOut,
                                        DeliveryPathFactory paths) {
        if (subscriptions.isEmpty()) {
            ConsoleSink sink = new ConsoleSink(settings, topics, config.groupId() + "-console", consoleOut);
            NotifierRuntime runtime = new NotifierRuntime(null, sink);
            runtime.startThread(sink, "notifier-console");
            LOG.info("No subscription configured: alerts are printed on the console");
            return runtime;
        }
        DeliveryPath path = paths.open();
        NotifierRuntime runtime = new NotifierRuntime(path, null);
        for (Subscription subscription : subscriptions) {
            // A consumer thread that dies (a bug, an Error) is replaced by a fresh consumer after a backoff.
            SupervisedWorker worker = new SupervisedWorker("notifier-" + subscription.name(),
                    () -> new SubscriptionConsumer(subscription, settings, topics,
                            config.groupId() + "-" + subscription.name(), config.pollMaxRecords(), path.dispatcher(),
                            path.deadLetters(), path.clock(), SubscriptionConsumer::kafkaConsumer,
                            SubscriptionConsumer.RECOVERY_PAUSE),
                    SupervisedWorker.RESTART_INITIAL, SupervisedWorker.RESTART_MAX);
            runtime.subscriptions.add(worker);
            runtime.threads.add(worker.thread());
            worker.start();
        }
        return runtime;
    }

    /** Opens the delivery path (so tests can choose the transport and clock). */
    @FunctionalInterface
    public interface DeliveryPathFactory {
        DeliveryPath open();
    }

    private void startThread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    public List<SubscriptionHealth> health() {
        return path == null ? List.of() : path.health().snapshot();
    }

    /** False once a thread that should run no longer does (and will not come back by itself). */
    public boolean alive() {
        if (console != null) {
            return threads.stream().allMatch(Thread::isAlive);
        }
        return subscriptions.stream().allMatch(SupervisedWorker::alive);
    }

    /** True when every subscription's consumer runs (false while a dead one waits for its restart). */
    public boolean ready() {
        return alive() && subscriptions.stream().allMatch(SupervisedWorker::running);
    }

    public boolean printingToConsole() {
        return console != null;
    }

    /** Finishes the messages in flight, commits what is done and stops. */
    public void close() {
        subscriptions.forEach(SupervisedWorker::stop);
        if (console != null) {
            console.stop();
        }
        join();
        if (path != null) {
            path.close();
        }
    }

    /** Stops at once without committing or flushing anything, as a killed process would. For crash tests. */
    public void halt() {
        subscriptions.forEach(worker -> worker.stop(consumer -> ((SubscriptionConsumer) consumer).halt()));
        threads.forEach(Thread::interrupt);
        join();
        if (path != null) {
            path.abort();
        }
    }

    private void join() {
        for (Thread thread : threads) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
