package io.steppewatch.processor.topology;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.avro.Measure;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.ledger.NearIdentities;

/**
 * Runs {@link NearIdentities} on the {@code figure-facts-store}: figures arrive keyed by metric and measure,
 * and leave keyed by the series that will judge them, their own or the one holding the same fact under
 * other subjects.
 *
 * <p>The store holds one entry per series and measure, {@code #series#<series key>#<measure>}, the figures the
 * ledger holds there (values, texts left out); and one per fact and series that has held it,
 * {@code <fact>#<series key>} (no value of its own), so that the series of a fact are found with one prefix scan.
 */
final class NearIdentityProcessor implements Processor<String, FigureObservation, String, FigureObservation> {

    private static final char SEPARATOR = '#';
    private static final String SERIES = "#series#";
    private static final int DECODED_SERIES_KEPT = 64;

    private final FigureLedger ledger;
    private final Baseline baseline;
    private final int maxFiguresPerSeries;
    private ProcessorContext<String, FigureObservation> context;
    private NearIdentities nearIdentities;

    NearIdentityProcessor(FigureLedger ledger, Baseline baseline, int maxFiguresPerSeries) {
        this.ledger = ledger;
        this.baseline = baseline;
        this.maxFiguresPerSeries = maxFiguresPerSeries;
    }

    @Override
    public void init(ProcessorContext<String, FigureObservation> context) {
        this.context = context;
        KeyValueStore<String, LedgerTimeline> store = context.getStateStore(ProcessorTopology.FACTS_STORE);
        StringSerializer keys = new StringSerializer();
        // As in the ledger's task: the latest series written, decoded, rebuilt empty whenever the task starts again.
        Map<String, LedgerTimeline> decoded = new LinkedHashMap<>(DECODED_SERIES_KEPT * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LedgerTimeline> eldest) {
                return size() > DECODED_SERIES_KEPT;
            }
        };
        this.nearIdentities = new NearIdentities(ledger, baseline, maxFiguresPerSeries, new NearIdentities.Facts() {
            @Override
            public Set<String> holders(String fact) {
                Set<String> series = new HashSet<>();
                String prefix = fact + SEPARATOR;
                try (KeyValueIterator<String, LedgerTimeline> it = store.prefixScan(prefix, keys)) {
                    it.forEachRemaining(kv -> series.add(kv.key.substring(prefix.length())));
                }
                return series;
            }

            @Override
            public void addHolder(String fact, String seriesKey) {
                store.put(fact + SEPARATOR + seriesKey, FigureLedger.timeline(seriesKey, List.of()));
            }

            @Override
            public List<KnownFigure> series(String seriesKey, Measure measure) {
                String key = seriesKey(seriesKey, measure);
                LedgerTimeline timeline = decoded.get(key);
                if (timeline == null) {
                    timeline = store.get(key);
                }
                return timeline == null ? List.of() : timeline.getFigures();
            }

            @Override
            public void putSeries(String seriesKey, Measure measure, List<KnownFigure> figures) {
                String key = seriesKey(seriesKey, measure);
                LedgerTimeline timeline = FigureLedger.timeline(seriesKey, figures);
                store.put(key, timeline);
                decoded.put(key, timeline);
            }
        });
    }

    /** A key no fact's prefix scan reaches: facts begin with their metric and a bar. */
    private static String seriesKey(String seriesKey, Measure measure) {
        return SERIES + seriesKey + SEPARATOR + measure;
    }


    @Override
    public void process(Record<String, FigureObservation> record) {
        FigureObservation observation = record.value();
        if (observation == null) {
            return;
        }
        String seriesKey = FigureLedger.key(observation.getFigure().getMetric(), observation.getFigure().getSubjects());
        context.forward(record.withKey(nearIdentities.resolve(seriesKey, observation)));
    }
}
