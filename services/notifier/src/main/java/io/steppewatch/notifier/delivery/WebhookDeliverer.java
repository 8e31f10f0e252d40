package io.steppewatch.notifier.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.notifier.slack.SlackMessage;
import io.steppewatch.notifier.slack.WebhookResponse;
import io.steppewatch.notifier.slack.WebhookTransport;
import io.steppewatch.notifier.subscription.Subscription;

/**
 * Delivers one message to one subscription's webhook: waits for the webhook's rate-limit slot, posts, and
 * retries 429s and transient failures until Slack accepts, refuses for good, or the caller stops.
 * Only this subscription's thread waits, so other subscriptions keep flowing. Logs name the subscription
 * and the webhook's label, never its URL.
 */
public final class WebhookDeliverer {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliverer.class);

    private final WebhookTransport transport;
    private final WebhookRateLimiter rateLimiter;
    private final RetryPolicy retryPolicy;
    private final HealthRegistry health;
    private final Clock clock;

    public WebhookDeliverer(WebhookTransport transport, WebhookRateLimiter rateLimiter, RetryPolicy retryPolicy,
                            HealthRegistry health, Clock clock) {
        this.transport = transport;
        this.rateLimiter = rateLimiter;
        this.retryPolicy = retryPolicy;
        this.health = health;
        this.clock = clock;
    }

    /**
     * @param keepGoing checked before every attempt; false ends with {@link DeliveryOutcome.Abandoned}
     * @param waiter    how to wait for rate-limit slots and backoffs
     * @throws InterruptedException when interrupted while waiting or posting (a crash or a hard stop)
     */
    public DeliveryOutcome deliver(Subscription subscription, SlackMessage message, BooleanSupplier keepGoing,
                                   Waiter waiter) throws InterruptedException {
        String json = message.toJson();
        int attempt = 0;
        while (keepGoing.getAsBoolean()) {
            attempt++;
            waiter.await(rateLimiter.reserve(subscription.webhook()));
            if (!keepGoing.getAsBoolean()) {
                break;
            }
            Duration wait;
            String problem;
            try {
                WebhookResponse response = transport.post(subscription.webhook(), json);
                Verdict verdict = Verdict.of(response);
                problem = "HTTP " + response.status() + " " + response.body();
                switch (verdict) {
                    case DELIVERED -> {
                        health.delivered(subscription.name());
                        return new DeliveryOutcome.Delivered(attempt);
                    }
                    case PERMANENT -> {
                        LOG.warn("Slack refused a message for subscription {} ({}): {}", subscription.name(),
                                subscription.webhook().label(), problem);
                        return new DeliveryOutcome.Rejected(response.status(), reason(response), attempt);
                    }
                    case RATE_LIMITED -> {
                        wait = retryPolicy.afterRateLimit(response.retryAfter(), attempt);
                        rateLimiter.holdUntil(subscription.webhook(), clock.instant().plus(wait));
                        // The limiter now holds the slot back; reserve() on the next attempt does the waiting.
                        wait = Duration.ZERO;
                    }
                    default -> wait = retryPolicy.backoff(attempt);
                }
            } catch (WebhookTransport.WebhookIOException e) {
                problem = e.getMessage();
                wait = retryPolicy.backoff(attempt);
            }
            health.retrying(subscription.name(), problem);
            LOG.info("Delivery to subscription {} ({}) failed on attempt {} ({}); retrying", subscription.name(),
                    subscription.webhook().label(), attempt, problem);
            waiter.await(wait);
        }
        return new DeliveryOutcome.Abandoned(attempt);
    }

    private static String reason(WebhookResponse response) {
        String body = response.body().isEmpty() ? "no body" : response.body();
        return "HTTP " + response.status() + " " + body;
    }
}
