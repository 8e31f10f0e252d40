package io.steppewatch.notifier.delivery;

/** The end of one message's delivery. */
public sealed interface DeliveryOutcome {

    /** Slack answered 2xx. */
    record Delivered(int attempts) implements DeliveryOutcome {
    }

    /** Slack refused the message for good. */
    record Rejected(int status, String reason, int attempts) implements DeliveryOutcome {
    }

    /** Delivery stopped before an answer because the notifier is shutting down. Nothing is recorded. */
    record Abandoned(int attempts) implements DeliveryOutcome {
    }
}
