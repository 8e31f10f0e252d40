package io.steppewatch.notifier.delivery;

import java.util.Collection;

/**
 * What was already delivered, by subscription and alert id, so a restart or a replay never posts twice.
 * The Kafka implementation is the compacted {@code notifier-deliveries} topic.
 */
public interface DeliveryLog {

    boolean isDelivered(String subscription, String alertId);

    /** Records the deliveries durably before returning (the caller commits offsets right after). */
    void recordDelivered(String subscription, Collection<String> alertIds);

    /** The record key: {@code subscription|alertId}. Subscription names cannot hold '|'. */
    static String key(String subscription, String alertId) {
        return subscription + "|" + alertId;
    }
}
