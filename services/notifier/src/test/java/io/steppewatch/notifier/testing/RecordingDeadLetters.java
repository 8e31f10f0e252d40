package io.steppewatch.notifier.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.steppewatch.avro.Alert;
import io.steppewatch.notifier.delivery.DeadLetterSink;
import io.steppewatch.notifier.subscription.Subscription;

public final class RecordingDeadLetters implements DeadLetterSink {

    public record Entry(String subscription, String alertId, int status, String reason) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void deadLetter(Subscription subscription, Alert alert, int status, String reason) {
        entries.add(new Entry(subscription.name(), alert.getId(), status, reason));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
