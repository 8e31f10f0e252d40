package io.steppewatch.notifier.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.steppewatch.notifier.subscription.WebhookUrl;

/**
 * Spaces posts to each webhook by a fixed interval (Slack asks for at most one message per second per
 * webhook). Keyed by webhook, not subscription: two subscriptions sharing a webhook share its budget.
 * A 429 pushes the webhook's next slot past its {@code Retry-After} for every caller.
 */
public final class WebhookRateLimiter {

    private final Clock clock;
    private final Duration interval;
    private final Map<WebhookUrl, Instant> nextSlot = new HashMap<>();

    public WebhookRateLimiter(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    /** Takes the webhook's next slot and returns how long to wait for it (zero when free now). */
    public synchronized Duration reserve(WebhookUrl webhook) {
        Instant now = clock.instant();
        Instant slot = nextSlot.getOrDefault(webhook, now);
        if (slot.isBefore(now)) {
            slot = now;
        }
        nextSlot.put(webhook, slot.plus(interval));
        return Duration.between(now, slot);
    }

    /** No post to this webhook before {@code until}. */
    public synchronized void holdUntil(WebhookUrl webhook, Instant until) {
        nextSlot.merge(webhook, until, (current, proposed) -> current.isAfter(proposed) ? current : proposed);
    }

    public Duration interval() {
        return interval;
    }
}
