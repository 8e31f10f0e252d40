package io.steppewatch.ingester;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.steppewatch.ingester.feed.FeedParser;
import io.steppewatch.ingester.feed.FeedSpec;
import io.steppewatch.ingester.fetch.HostResolver;
import io.steppewatch.ingester.fetch.HttpFetcher;
import io.steppewatch.ingester.publish.ArticleSink;
import io.steppewatch.ingester.publish.FeedValidatorStore;
import io.steppewatch.ingester.publish.KafkaArticleSink;
import io.steppewatch.ingester.publish.KafkaFeedValidatorStore;
import io.steppewatch.ingester.publish.PublishedLedger;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;

/**
 * The ingester as a component: {@link #start()} polls every feed on its own schedule in the background
 * until {@link #stop()}; {@link #pollOnce()} runs one cycle in the caller's thread (tests, benches, a
 * one-shot run). Either way, what was published before is first recovered from the sink (Kafka).
 */
public final class Ingester implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration HEALTH_LOG_EVERY = Duration.ofMinutes(10);

    /** One feed's health, as logs and metrics show it. */
    public record FeedHealth(String feed, String title, Instant lastSuccess, Instant lastFailure, String lastError,
            int consecutiveFailures, Instant nextDue) {
    }

    private final List<FeedState> feeds;
    private final FeedProcessor processor;
    private final ArticleSink sink;
    private final FeedValidatorStore validators;
    private final PublishedLedger ledger;
    private final Clock clock;
    private final IngesterConfig config;
    private final IngesterMetrics metrics;
    private final ExecutorService workers;
    private final Set<FeedState> running = ConcurrentHashMap.newKeySet();
    private final Object recoveryLock = new Object();
    private volatile boolean recovered;
    private volatile Thread scheduler;
    private volatile boolean started;

    private Ingester(Builder b) {
        IngesterConfig config = b.config;
        this.sink = Objects.requireNonNull(b.sink, "sink");
        this.clock = b.clock;
        this.ledger = new PublishedLedger();
        this.config = config;
        IngesterMetrics metrics = new IngesterMetrics(b.registry);
        this.metrics = metrics;
        // Politeness and Retry-After run on real time whatever clock schedules the feeds.
        HttpFetcher fetcher = new HttpFetcher(config.fetchLimits(), b.resolver, Clock.systemUTC());
        this.processor = new FeedProcessor(config, fetcher, new FeedParser(config.fetchLimits().maxFeedBytes()),
                new PageTextExtractor(), b.relevance, sink, b.validators, ledger, metrics, b.clock);
        this.validators = b.validators;
        List<FeedState> states = new ArrayList<>();
        for (FeedSpec spec : b.feeds != null ? b.feeds : config.feeds()) {
            FeedState state = new FeedState(spec);
            metrics.register(state);
            states.add(state);
        }
        this.feeds = List.copyOf(states);
        this.workers = Executors.newFixedThreadPool(config.threads(), daemonThreads("steppewatch-ingester-"));
    }

    /**
     * The production ingester on given Kafka settings and topics: Kafka sink and recovery, the region filter,
     * the system resolver. From settings alone, use {@link IngesterService#create}.
     */
    public static Ingester create(IngesterConfig config, KafkaSettings settings, Topics topics, MeterRegistry registry) {
        return production(config, settings, topics, registry).build();
    }

    /** The production parts, left open so that a caller can still set what it must own (tests: the clock). */
    public static Builder production(IngesterConfig config, KafkaSettings settings, Topics topics, MeterRegistry registry) {
        return builder(config)
                .sink(new KafkaArticleSink(settings, topics.articles()))
                .validators(new KafkaFeedValidatorStore(settings, topics.ingesterState()))
                .relevance(config.relevance() ? RegionRelevanceFilter.withDefaults() : RelevanceFilter.keepAll())
                .registry(registry);
    }

    public static Builder builder(IngesterConfig config) {
        return new Builder(config);
    }

    /** Assembles an ingester; everything but the config and the sink has a production default. */
    public static final class Builder {
        private final IngesterConfig config;
        private ArticleSink sink;
        private FeedValidatorStore validators = FeedValidatorStore.none();
        private List<FeedSpec> feeds;
        private RelevanceFilter relevance = RelevanceFilter.keepAll();
        private HostResolver resolver = HostResolver.system();
        private MeterRegistry registry = new SimpleMeterRegistry();
        private Clock clock = Clock.systemUTC();

        private Builder(IngesterConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        public Builder sink(ArticleSink value) {
            sink = value;
            return this;
        }

        /** Where feed validators survive restarts; default: nowhere. */
        public Builder validators(FeedValidatorStore value) {
            validators = value;
            return this;
        }

        /** Feeds to poll instead of the configured ones. */
        public Builder feeds(List<FeedSpec> value) {
            feeds = List.copyOf(value);
            return this;
        }

        public Builder relevance(RelevanceFilter value) {
            relevance = value;
            return this;
        }

        public Builder resolver(HostResolver value) {
            resolver = value;
            return this;
        }

        public Builder registry(MeterRegistry value) {
            registry = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Ingester build() {
            return new Ingester(this);
        }
    }

    /** Recovers what was published, then polls in the background until {@link #stop()}. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        recoverOnce();
        Thread t = new Thread(this::scheduleLoop, "steppewatch-ingester-scheduler");
        t.setDaemon(true);
        scheduler = t;
        started = true;
        t.start();
        LOG.info("Ingester started with {} feeds", feeds.size());
    }

    /**
     * Polls every feed that is due now (all of them on the first call), waits for them, flushes the sink.
     *
     * @return what the cycle did
     */
    public PollReport pollOnce() throws InterruptedException {
        recoverOnce();
        List<Future<PollReport>> futures = submitDue();
        PollReport total = PollReport.empty();
        for (Future<PollReport> f : futures) {
            try {
                total = total.plus(f.get());
            } catch (ExecutionException e) {
                LOG.error("A feed task failed unexpectedly", e.getCause());
            }
        }
        sink.flush();
        return total;
    }

    /** Every feed's health. */
    public List<FeedHealth> health() {
        return feeds.stream().map(s -> new FeedHealth(s.spec().url(), s.title(), s.lastSuccess(), s.lastFailure(),
                s.lastError(), s.consecutiveFailures(), s.nextDue())).toList();
    }

    /**
     * True while the ingester can do its work: its worker pool takes tasks and, once started, its scheduler
     * thread runs. An Error that killed the scheduler (or a pool shut down under it) makes this false, so
     * the health endpoint says DOWN instead of UP over a process that no longer polls anything.
     */
    public boolean alive() {
        if (workers.isShutdown()) {
            return false;
        }
        Thread t = scheduler;
        return !started || (t != null && t.isAlive());
    }

    /** Articles known as published (recovered plus published by this process). */
    public int publishedCount() {
        return ledger.size();
    }

    private void recoverOnce() {
        synchronized (recoveryLock) {
            if (!recovered) {
                sink.recover(ledger);
                Map<String, FeedValidatorStore.Validators> saved = validators.load();
                for (FeedState state : feeds) {
                    FeedValidatorStore.Validators v = saved.get(state.spec().url());
                    if (v != null) {
                        state.restore(v.etag(), v.lastModified());
                    }
                }
                recovered = true;
            }
        }
    }

    private List<Future<PollReport>> submitDue() {
        Instant now = clock.instant();
        List<Future<PollReport>> futures = new ArrayList<>();
        for (FeedState state : feeds) {
            if (!state.nextDue().isAfter(now) && running.add(state)) {
                futures.add(workers.submit(() -> {
                    try {
                        return processor.poll(state);
                    } catch (RuntimeException | StackOverflowError e) {
                        // Caught here, not left in a Future nobody reads: the feed backs off like a failed fetch.
                        taskFailed(state, e);
                        return new PollReport(1, 0, 1, 0, 0, 0, 0, 0, 0, 0);
                    } finally {
                        running.remove(state);
                    }
                }));
            }
        }
        return futures;
    }

    private void taskFailed(FeedState state, Throwable e) {
        metrics.taskFailed();
        Duration wait = state.failed(clock.instant(), e.toString(), config.backoffInitial(), config.backoffMax(), null);
        LOG.error("Feed {} task failed ({} in a row), next attempt in {}", state.spec().url(),
                state.consecutiveFailures(), wait, e);
    }

    private void scheduleLoop() {
        long nextHealthLog = System.nanoTime() + HEALTH_LOG_EVERY.toNanos();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                submitDue();
                if (System.nanoTime() - nextHealthLog > 0) {
                    logHealth();
                    nextHealthLog = System.nanoTime() + HEALTH_LOG_EVERY.toNanos();
                }
                Thread.sleep(TICK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("Scheduling failed; retrying", e);
            } catch (Error e) {
                // Nothing is polled any more: say so loudly; alive() now reports the ingester DOWN.
                LOG.error("The feed scheduler died; no feed is polled until the ingester is restarted", e);
                throw e;
            }
        }
    }

    /** One line for the whole fleet, one more per failing feed, so a dead source is noticed in the logs. */
    private void logHealth() {
        List<FeedHealth> all = health();
        List<FeedHealth> failing = all.stream().filter(h -> h.consecutiveFailures() > 0).toList();
        LOG.info("Feeds: {} polled, {} failing, {} articles published so far", all.size(), failing.size(), ledger.size());
        for (FeedHealth h : failing) {
            LOG.warn("Feed {} failing ({} in a row, last success {}, next attempt {}): {}", h.feed(), h.consecutiveFailures(),
                    h.lastSuccess() == null ? "never" : h.lastSuccess(), h.nextDue(), h.lastError());
        }
    }

    /** Stops polling, lets running feeds finish briefly, flushes and closes the sink. */
    public synchronized void stop() {
        Thread t = scheduler;
        scheduler = null;
        if (t != null) {
            t.interrupt();
        }
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Feed tasks still running after 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sink.flush();
        sink.close();
        if (validators instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing the validator store failed: {}", e.toString());
            }
        }
        LOG.info("Ingester stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
