package io.steppewatch.processor.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * <p>The store holds one entry per fact and series, {@code <fact>#<series key>}, whose value is that series'
 * figures of the fact (texts left out), so the series of a fact are read with one prefix scan; and one per
 * series and measure, {@code #periods#<series key>#<measure>}, the periods that series holds.
 */
final class NearIdentityProcessor implements Processor<String, FigureObservation, String, FigureObservation> {

    private static final char SEPARATOR = '#';
    private static final String PERIODS = "#periods#";

    private final FigureLedger ledger;
    private final Baseline baseline;
    private final int maxFiguresPerFact;
    private ProcessorContext<String, FigureObservation> context;
    private NearIdentities nearIdentities;

    NearIdentityProcessor(FigureLedger ledger, Baseline baseline, int maxFiguresPerFact) {
        this.ledger = ledger;
        this.baseline = baseline;
        this.maxFiguresPerFact = maxFiguresPerFact;
    }

    @Override
    public void init(ProcessorContext<String, FigureObservation> context) {
        this.context = context;
        KeyValueStore<String, LedgerTimeline> store = context.getStateStore(ProcessorTopology.FACTS_STORE);
        StringSerializer keys = new StringSerializer();
        this.nearIdentities = new NearIdentities(ledger, baseline, maxFiguresPerFact, new NearIdentities.Facts() {
            @Override
            public Map<String, List<KnownFigure>> get(String fact) {
                Map<String, List<KnownFigure>> series = new HashMap<>();
                try (KeyValueIterator<String, LedgerTimeline> it = store.prefixScan(fact + SEPARATOR, keys)) {
                    it.forEachRemaining(kv -> series.put(FigureLedger.key(kv.value.getMetric(), kv.value.getSubjects()),
                            kv.value.getFigures()));
                }
                return series;
            }

            @Override
            public void put(String fact, String seriesKey, List<KnownFigure> figures) {
                store.put(fact + SEPARATOR + seriesKey, timeline(seriesKey, figures));
            }

            @Override
            public List<KnownFigure> periods(String seriesKey, Measure measure) {
                LedgerTimeline periods = store.get(periodsKey(seriesKey, measure));
                return periods == null ? List.of() : periods.getFigures();
            }

            @Override
            public void putPeriods(String seriesKey, Measure measure, List<KnownFigure> periods) {
                store.put(periodsKey(seriesKey, measure), timeline(seriesKey, periods));
            }
        });
    }

    /** A key no fact's prefix scan reaches: facts begin with their metric and a bar. */
    private static String periodsKey(String seriesKey, Measure measure) {
        return PERIODS + seriesKey + SEPARATOR + measure;
    }

    private static LedgerTimeline timeline(String seriesKey, List<KnownFigure> figures) {
        int bar = seriesKey.indexOf('|');
        String subjects = seriesKey.substring(bar + 1);
        return LedgerTimeline.newBuilder()
                .setMetric(seriesKey.substring(0, bar))
                .setSubjects(subjects.isEmpty() ? List.of() : List.of(subjects.split(",")))
                .setFigures(figures)
                .build();
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
