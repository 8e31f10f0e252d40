package io.steppewatch.processor.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.steppewatch.avro.Alert;

/**
 * Keeps the latest alerts of each task in {@code recent-alerts-store}, keyed so that keys sort by time
 * ({@code <detected millis, zero-padded>|<alert id>}), for the query endpoint. Passes alerts on unchanged.
 */
final class RecentAlertsRecorder implements FixedKeyProcessor<String, Alert, Alert> {

    private final int keep;
    private FixedKeyProcessorContext<String, Alert> context;
    private KeyValueStore<String, Alert> store;

    RecentAlertsRecorder(int keep) {
        this.keep = keep;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(ProcessorTopology.RECENT_ALERTS_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, Alert> record) {
        Alert alert = record.value();
        store.put(key(alert.getDetected().toEpochMilli(), alert.getId()), alert);
        long excess = store.approximateNumEntries() - keep;
        if (excess > 0) {
            try (KeyValueIterator<String, Alert> oldest = store.all()) {
                while (excess-- > 0 && oldest.hasNext()) {
                    store.delete(oldest.next().key);
                }
            }
        }
        context.forward(record);
    }

    static String key(long detectedMillis, String alertId) {
        return String.format("%015d|%s", detectedMillis, alertId);
    }
}
