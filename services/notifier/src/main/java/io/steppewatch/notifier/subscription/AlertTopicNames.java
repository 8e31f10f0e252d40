package io.steppewatch.notifier.subscription;

import java.util.List;

/** The short names of the routed alert topics a subscription may follow (topic {@code alerts-<name>}). */
public final class AlertTopicNames {

    public static final List<String> ALL = List.of("sanctions", "trade", "security", "corridors");

    private AlertTopicNames() {
    }
}
