package io.steppewatch.notifier.subscription;

import java.util.List;
import java.util.Objects;

import io.steppewatch.avro.Alert;

/**
 * One Slack destination and what it follows. The record's {@code toString} shows the webhook only as a
 * redacted label ({@link WebhookUrl#toString()}), so a subscription can be logged safely.
 *
 * @param name    unique name, used in consumer group ids and delivery keys
 * @param webhook the incoming-webhook URL (a secret)
 * @param topics  alert topics followed, by short name: sanctions, trade, security, corridors
 * @param filter  which of those alerts to send
 */
public record Subscription(String name, WebhookUrl webhook, List<String> topics, AlertFilter filter) {

    public Subscription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(webhook, "webhook");
        topics = List.copyOf(topics);
        Objects.requireNonNull(filter, "filter");
    }

    /** True when the alert passes the filters (the caller already knows it came from a followed topic). */
    public boolean wants(Alert alert) {
        return filter.matches(alert);
    }

    /** True when the alert belongs to a followed topic and passes the filters. */
    public boolean follows(Alert alert) {
        return alert.getTopics().stream().anyMatch(topics::contains) && filter.matches(alert);
    }
}
