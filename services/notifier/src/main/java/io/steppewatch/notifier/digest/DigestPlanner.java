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

import io.steppewatch.avro.Alert;

/**
 * Turns bursts into digests. Per subscription it remembers when messages went out during the last minute;
 * while fewer than {@code perMinute} did, alerts go one by one, and whatever exceeds that allowance in a
 * batch is grouped into digest messages of at most {@code maxDigestItems} alerts. Batches are what the
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
        int singles = alerts.size() <= allowance ? alerts.size() : Math.max(0, allowance - 1);
        for (Alert alert : alerts.subList(0, singles)) {
            plan.add(new Outgoing(List.of(alert), false));
        }
        List<Alert> rest = alerts.subList(singles, alerts.size());
        for (int from = 0; from < rest.size(); from += maxDigestItems) {
            plan.add(new Outgoing(rest.subList(from, Math.min(rest.size(), from + maxDigestItems)), true));
        }
        return plan;
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
