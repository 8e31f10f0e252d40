package io.steppewatch.processor.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.topology.ProcessorTopology;

/**
 * Reads this instance's share of the ledger and recent alerts (interactive queries), merged with the
 * baseline, which every instance holds whole.
 */
public final class LedgerQueries {

    /** One series: what is known about a metric and its subjects, oldest first. */
    public record Series(String key, String metric, List<String> subjects, List<KnownFigure> baseline,
            List<KnownFigure> learned) {
    }

    private final KafkaStreams streams;
    private final Baseline baseline;

    public LedgerQueries(KafkaStreams streams, Baseline baseline) {
        this.streams = streams;
        this.baseline = baseline;
    }

    /** Series whose metric starts with {@code metric} (all when null) and whose subjects include all of {@code subjects}. */
    public List<Series> series(String metric, List<String> subjects) {
        Map<String, List<KnownFigure>> learned = new TreeMap<>();
        ReadOnlyKeyValueStore<String, LedgerTimeline> store = ledgerStore();
        try (KeyValueIterator<String, LedgerTimeline> all = metric == null ? store.all()
                : store.prefixScan(metric, new StringSerializer())) {
            while (all.hasNext()) {
                KeyValue<String, LedgerTimeline> entry = all.next();
                learned.put(entry.key, entry.value.getFigures());
            }
        }
        Set<String> keys = new TreeSet<>(learned.keySet());
        baseline.all().keySet().stream().filter(key -> metric == null || key.startsWith(metric)).forEach(keys::add);
        List<Series> result = new ArrayList<>();
        for (String key : keys) {
            int bar = key.indexOf('|');
            List<String> keySubjects = key.substring(bar + 1).isEmpty() ? List.of() : List.of(key.substring(bar + 1).split(","));
            if (keySubjects.containsAll(subjects)) {
                result.add(new Series(key, key.substring(0, bar), keySubjects, baseline.get(key),
                        learned.getOrDefault(key, List.of())));
            }
        }
        return result;
    }

    /** The latest alerts this instance recorded, newest first. */
    public List<Alert> recentAlerts(int limit) {
        List<Alert> alerts = new ArrayList<>();
        try (KeyValueIterator<String, Alert> newest = recentStore().reverseAll()) {
            while (newest.hasNext() && alerts.size() < limit) {
                alerts.add(newest.next().value);
            }
        }
        alerts.sort(Comparator.comparing(Alert::getDetected).reversed());
        return alerts;
    }

    private ReadOnlyKeyValueStore<String, LedgerTimeline> ledgerStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(ProcessorTopology.LEDGER_STORE,
                QueryableStoreTypes.keyValueStore()));
    }

    private ReadOnlyKeyValueStore<String, Alert> recentStore() {
        return streams.store(StoreQueryParameters.fromNameAndType(ProcessorTopology.RECENT_ALERTS_STORE,
                QueryableStoreTypes.keyValueStore()));
    }
}
