package io.steppewatch.ingester;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The ingester's meters: poll outcomes, item outcomes, page fetches and each feed's health. */
final class IngesterMetrics {

    private final MeterRegistry registry;

    IngesterMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void feedPolled(String outcome) {
        counter("steppewatch.ingester.feed.polls", "outcome", outcome).increment();
    }

    void feedFailed(String reason) {
        counter("steppewatch.ingester.feed.failures", "reason", reason).increment();
    }

    /** A feed task that ended in an exception (a bug, or input no check foresaw). */
    void taskFailed() {
        registry.counter("steppewatch.ingester.task.failures").increment();
    }

    void item(String outcome) {
        counter("steppewatch.ingester.items", "outcome", outcome).increment();
    }

    void page(String outcome) {
        counter("steppewatch.ingester.pages", "outcome", outcome).increment();
    }

    /** Times one feed poll, page fetches included. */
    Timer.Sample startPoll() {
        return Timer.start(registry);
    }

    void pollDone(Timer.Sample sample, String outcome) {
        sample.stop(registry.timer("steppewatch.ingester.feed.poll.duration", "outcome", outcome));
    }

    /** Gauges read the feed's live state, so they are registered once per feed. */
    void register(FeedState state) {
        String feed = FeedTag.of(state.spec()); // never the URL: it may hold a token
        Gauge.builder("steppewatch.ingester.feed.consecutive.failures", state, s -> s.consecutiveFailures())
                .tag("feed", feed).description("Failures in a row; 0 when the last poll succeeded").register(registry);
        Gauge.builder("steppewatch.ingester.feed.last.success", state,
                s -> s.lastSuccess() == null ? 0 : s.lastSuccess().getEpochSecond())
                .tag("feed", feed).baseUnit("seconds").description("Epoch second of the last successful poll, 0 if none")
                .register(registry);
        Gauge.builder("steppewatch.ingester.feed.last.failure", state,
                s -> s.lastFailure() == null ? 0 : s.lastFailure().getEpochSecond())
                .tag("feed", feed).baseUnit("seconds").description("Epoch second of the last failed poll, 0 if none")
                .register(registry);
    }

    private Counter counter(String name, String tag, String value) {
        return registry.counter(name, tag, value);
    }
}
