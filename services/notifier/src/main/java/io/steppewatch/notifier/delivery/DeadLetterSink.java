package io.steppewatch.notifier.delivery;

import io.steppewatch.avro.Alert;
import io.steppewatch.notifier.subscription.Subscription;

/** Where alerts go that Slack refused for good ({@code notifier-dlq} in production). */
public interface DeadLetterSink {

    /** Stores the alert with the reason; durable before returning. Must never store the webhook URL. */
    void deadLetter(Subscription subscription, Alert alert, int status, String reason);
}
