package io.steppewatch.notifier.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.steppewatch.avro.Alert;

/**
 * Turns bursts into digests. Per subscription it remembers when messages went out during the last minute;
 * a batch that fits in what is left of {@code perMinute} goes one message per alert, a batch that does not
 * goes as digest messages of at most {@code maxDigestItems} alerts (one digest for most bursts). Batches are what the
 * consumer polled at once: since sending is paced at about one message per second, alerts that pile up
 * during a burst arrive together in the next poll and become one digest.
 */
public final class DigestPlanner {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final int maxDigestItems;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sent = new HashMap<>();

    public DigestPlanner(int perMinute, int maxDigestItems, Clock clock) {
        if (perMinute < 1 || maxDigestItems < 2) {
            throw new IllegalArgumentException("perMinute must be >= 1 and maxDigestItems >= 2");
        }
        this.perMinute = perMinute;
        this.maxDigestItems = maxDigestItems;
        this.clock = clock;
    }

    public synchronized List<Outgoing> plan(String subscription, List<Alert> alerts) {
        int allowance = Math.max(0, perMinute - recent(subscription).size());
        List<Outgoing> plan = new ArrayList<>();
        // A batch that fits goes one by one; one that does not is a burst and goes as digests, whole.
        int singles = alerts.size() <= allowance ? alerts.size() : 0;
        for (Alert alert : alerts.subList(0, singles)) {
            plan.add(new Outgoing(List.of(alert), false));
        }
        List<Alert> rest = alerts.subList(singles, alerts.size());
        for (int from = 0; from < rest.size(); from += maxDigestItems) {
            plan.add(new Outgoing(rest.subList(from, Math.min(rest.size(), from + maxDigestItems)), true));
        }
        return plan;
    }

    /**
     * When the subscription has used up its messages for the current minute, the time its next message
     * may go; callers hold new alerts until then so they leave together as one digest instead of
     * trickling out one by one.
     */
    public synchronized Optional<Instant> holdUntil(String subscription) {
        Deque<Instant> times = recent(subscription);
        if (times.size() < perMinute) {
            return Optional.empty();
        }
        // The allowance comes back when the oldest message that counts leaves the window.
        Instant[] ordered = times.toArray(new Instant[0]);
        return Optional.of(ordered[times.size() - perMinute].plus(WINDOW));
    }

    /** Notes that a message went out for the subscription (digests count once). */
    public synchronized void sent(String subscription) {
        recent(subscription).addLast(clock.instant());
    }

    private Deque<Instant> recent(String subscription) {
        Deque<Instant> times = sent.computeIfAbsent(subscription, s -> new ArrayDeque<>());
        Instant horizon = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
        return times;
    }
}
