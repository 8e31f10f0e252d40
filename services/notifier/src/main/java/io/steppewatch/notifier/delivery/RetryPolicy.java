package io.steppewatch.notifier.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * Exponential backoff with jitter for transient failures: attempt n waits between half and all of
 * {@code min(cap, base * 2^(n-1))}. Jitter spreads retries from many subscriptions after a Slack outage.
 * The random source is injected so tests are repeatable.
 *
 * @param base           first delay
 * @param cap            longest delay; retries go on at this pace for as long as it takes
 * @param maxRetryAfter  longest {@code Retry-After} honoured (a bad header must not park a subscription for days)
 */
public record RetryPolicy(Duration base, Duration cap, Duration maxRetryAfter, Random random) {

    public static RetryPolicy defaults(long seed) {
        return new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1), new Random(seed));
    }

    /** Delay before retry number {@code attempt} (1 for the first retry). */
    public Duration backoff(int attempt) {
        long ceiling = base.toMillis();
        for (int i = 1; i < attempt && ceiling < cap.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, cap.toMillis());
        long half = ceiling / 2;
        long jitter;
        synchronized (random) {
            jitter = half == 0 ? 0 : (long) (random.nextDouble() * (ceiling - half + 1));
        }
        return Duration.ofMillis(half + jitter);
    }

    /** The wait after a 429: its {@code Retry-After} when given (bounded), else the backoff. */
    public Duration afterRateLimit(Optional<Duration> retryAfter, int attempt) {
        return retryAfter.map(d -> d.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : d).orElseGet(() -> backoff(attempt));
    }
}
