package io.steppewatch.notifier.testing;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.steppewatch.notifier.delivery.DeliveryLog;

public final class InMemoryDeliveryLog implements DeliveryLog {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    @Override
    public boolean isDelivered(String subscription, String alertId) {
        return keys.contains(DeliveryLog.key(subscription, alertId));
    }

    @Override
    public void recordDelivered(String subscription, Collection<String> alertIds) {
        alertIds.forEach(id -> keys.add(DeliveryLog.key(subscription, id)));
    }

    public Set<String> keys() {
        return Set.copyOf(keys);
    }
}
