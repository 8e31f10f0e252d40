package io.steppewatch.notifier.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Keeps each subscription's {@link SubscriptionHealth}; updated by deliveries, read by anyone. */
public final class HealthRegistry {

    private final Clock clock;
    private final Map<String, SubscriptionHealth> health = new TreeMap<>();

    public HealthRegistry(Clock clock) {
        this.clock = clock;
    }

    public synchronized void delivered(String subscription) {
        SubscriptionHealth h = get(subscription);
        put(new SubscriptionHealth(subscription, SubscriptionHealth.State.HEALTHY, h.delivered() + 1, h.retries(),
                h.deadLettered(), h.lastProblem(), h.lastProblemAt()));
    }

    public synchronized void retrying(String subscription, String problem) {
        SubscriptionHealth h = get(subscription);
        put(new SubscriptionHealth(subscription, SubscriptionHealth.State.RETRYING, h.delivered(), h.retries() + 1,
                h.deadLettered(), Optional.of(problem), Optional.of(clock.instant())));
    }

    public synchronized void deadLettered(String subscription, String problem, int alerts) {
        SubscriptionHealth h = get(subscription);
        put(new SubscriptionHealth(subscription, SubscriptionHealth.State.FAILING, h.delivered(), h.retries(),
                h.deadLettered() + alerts, Optional.of(problem), Optional.of(clock.instant())));
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
        health.put(value.subscription(), value);
    }
}
