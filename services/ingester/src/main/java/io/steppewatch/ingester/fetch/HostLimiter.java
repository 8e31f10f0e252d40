package io.steppewatch.ingester.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-host politeness: at most {@code maxPerHost} requests in flight, a minimum delay between the starts
 * of two requests, and a "come back later" time set by Retry-After. A request that would have to wait
 * longer than {@code maxWait} fails at once instead of holding a worker thread.
 */
public final class HostLimiter {

    private final int maxPerHost;
    private final Duration minDelay;
    private final Duration maxWait;
    private final Clock clock;
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    public HostLimiter(int maxPerHost, Duration minDelay, Duration maxWait, Clock clock) {
        if (maxPerHost < 1) {
            throw new IllegalArgumentException("maxPerHost must be at least 1, got " + maxPerHost);
        }
        this.maxPerHost = maxPerHost;
        this.minDelay = minDelay;
        this.maxWait = maxWait;
        this.clock = clock;
    }

    /** A held turn for a host; closing it frees the turn. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits for a turn at {@code hostKey}.
     *
     * @throws FetchException RATE_LIMITED when the host asked us to wait longer than the wait limit
     */
    public Permit acquire(String hostKey) throws FetchException, InterruptedException {
        Slot slot = slots.computeIfAbsent(hostKey, k -> new Slot());
        slot.acquire(hostKey);
        return slot::release;
    }

    /** Records that {@code hostKey} asked not to be contacted before {@code until}. */
    public void deferUntil(String hostKey, Instant until) {
        slots.computeIfAbsent(hostKey, k -> new Slot()).defer(until.toEpochMilli());
    }

    /** Raises the minimum delay between requests to {@code hostKey} (robots.txt Crawl-delay); never lowers it. */
    public void atLeast(String hostKey, Duration delay) {
        slots.computeIfAbsent(hostKey, k -> new Slot()).raiseDelay(delay.toMillis());
    }

    /** The delay now applied between requests to {@code hostKey}. */
    public Duration delay(String hostKey) {
        Slot slot = slots.get(hostKey);
        return slot == null ? minDelay : slot.delay();
    }

    /** When the host may next be contacted, as far as Retry-After is concerned (for tests and logs). */
    public Instant deferredUntil(String hostKey) {
        Slot slot = slots.get(hostKey);
        return slot == null ? Instant.EPOCH : Instant.ofEpochMilli(slot.deferredUntil);
    }

    private final class Slot {
        private int active;
        private long nextStart;
        private long deferredUntil;
        private long delayMillis = minDelay.toMillis();

        synchronized void acquire(String hostKey) throws FetchException, InterruptedException {
            long deadline = clock.millis() + maxWait.toMillis();
            while (true) {
                long now = clock.millis();
                long notBefore = Math.max(nextStart, deferredUntil);
                if (deferredUntil > deadline) {
                    throw new FetchException(FetchException.Reason.RATE_LIMITED, hostKey + " asked us to wait until "
                            + Instant.ofEpochMilli(deferredUntil), 0, Instant.ofEpochMilli(deferredUntil),
                            Duration.ofMillis(deferredUntil - now), null);
                }
                if (active < maxPerHost && now >= notBefore) {
                    active++;
                    nextStart = now + delayMillis;
                    return;
                }
                if (now >= deadline) {
                    throw new FetchException(FetchException.Reason.RATE_LIMITED, "no turn at " + hostKey + " within "
                            + maxWait, 0, Instant.ofEpochMilli(Math.max(now, notBefore)), null);
                }
                long wait = active < maxPerHost ? notBefore - now : deadline - now;
                wait(Math.max(1, Math.min(wait, deadline - now)));
            }
        }

        synchronized void release() {
            active--;
            notifyAll();
        }

        synchronized Duration delay() {
            return Duration.ofMillis(delayMillis);
        }

        synchronized void raiseDelay(long millis) {
            delayMillis = Math.max(delayMillis, millis);
        }

        synchronized void defer(long untilMillis) {
            deferredUntil = Math.max(deferredUntil, untilMillis);
        }
    }
}
