package io.steppewatch.notifier.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Metrics;

/**
 * Keeps each subscription's {@link SubscriptionHealth}; updated by deliveries, read by anyone
 * ({@code Notifier.health()}). Changes of state are logged once, not on every retry.
 */
public final class HealthRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRegistry.class);

    private final Clock clock;
    private final Map<String, SubscriptionHealth> health = new TreeMap<>();

    public HealthRegistry(Clock clock) {
        this.clock = clock;
    }

    public synchronized void delivered(String subscription) {
        count("sent", subscription, 1);
        SubscriptionHealth h = get(subscription);
        put(new SubscriptionHealth(subscription, SubscriptionHealth.State.HEALTHY, h.delivered() + 1, h.retries(),
                h.deadLettered(), h.lastProblem(), h.lastProblemAt()));
    }

    public synchronized void retrying(String subscription, String problem) {
        count("retried", subscription, 1);
        SubscriptionHealth h = get(subscription);
        put(new SubscriptionHealth(subscription, SubscriptionHealth.State.RETRYING, h.delivered(), h.retries() + 1,
                h.deadLettered(), Optional.of(problem), Optional.of(clock.instant())));
    }

    public synchronized void deadLettered(String subscription, String problem, int alerts) {
        count("dead-lettered", subscription, alerts);
        SubscriptionHealth h = get(subscription);
        put(new SubscriptionHealth(subscription, SubscriptionHealth.State.FAILING, h.delivered(), h.retries(),
                h.deadLettered() + alerts, Optional.of(problem), Optional.of(clock.instant())));
    }

    /**
     * Counts notifications by outcome on Micrometer's global registry, which a service's ops endpoint
     * joins ({@code Metrics.addRegistry}); without one, counting costs next to nothing.
     */
    private static void count(String outcome, String subscription, int amount) {
        Metrics.counter("steppewatch.notifier.notifications", "outcome", outcome, "subscription", subscription)
                .increment(amount);
    }

    public synchronized SubscriptionHealth of(String subscription) {
        return get(subscription);
    }

    public synchronized List<SubscriptionHealth> snapshot() {
        return List.copyOf(health.values());
    }

    private SubscriptionHealth get(String subscription) {
        return health.getOrDefault(subscription, new SubscriptionHealth(subscription, SubscriptionHealth.State.HEALTHY,
                0, 0, 0, Optional.empty(), Optional.<Instant>empty()));
    }

    private void put(SubscriptionHealth value) {
        SubscriptionHealth before = health.put(value.subscription(), value);
        SubscriptionHealth.State previous = before == null ? SubscriptionHealth.State.HEALTHY : before.state();
        if (previous != value.state()) {
            if (value.state() == SubscriptionHealth.State.HEALTHY) {
                LOG.info("Subscription {} is healthy again", value.subscription());
            } else {
                LOG.warn("Subscription {} is {}: {}", value.subscription(), value.state(),
                        value.lastProblem().orElse("no detail"));
            }
        }
    }
}
