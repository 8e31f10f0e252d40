package io.steppewatch.notifier.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.steppewatch.notifier.delivery.Waiter;

/** A clock tests move by hand; its {@link #waiter()} advances it instead of sleeping. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Waits by moving the clock forward; records nothing, sleeps never. */
    public Waiter waiter() {
        return duration -> {
            if (!duration.isNegative()) {
                advance(duration);
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
