package io.steppewatch.notifier.delivery;

import java.time.Duration;

/**
 * Waits between attempts. Production waits on the clock (in the Kafka loop, while keeping the consumer's
 * group membership alive); tests advance a fake clock instead, so no test sleeps.
 */
@FunctionalInterface
public interface Waiter {

    void await(Duration duration) throws InterruptedException;

    /** Waits by sleeping the thread. */
    static Waiter sleeping() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
            }
        };
    }
}
