package io.steppewatch.notifier.digest;

import java.util.List;

import io.steppewatch.avro.Alert;

/**
 * One message to send: a single alert, or a digest of several.
 *
 * @param alerts the alerts the message carries, at least one
 * @param digest true when the alerts are grouped because of a burst
 */
public record Outgoing(List<Alert> alerts, boolean digest) {

    public Outgoing {
        alerts = List.copyOf(alerts);
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a message carries at least one alert");
        }
    }
}
