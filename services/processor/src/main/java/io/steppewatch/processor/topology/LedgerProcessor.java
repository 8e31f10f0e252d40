package io.steppewatch.processor.topology;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.steppewatch.avro.Alert;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.ledger.LedgerBook;

/**
 * Runs the {@link LedgerBook} on the {@code figure-ledger-store} and forwards an {@link Alert}, keyed by
 * alert id, when a figure is news. Input is keyed by series (metric and subjects), so each series is judged by
 * one task, in order; near identities were resolved before ({@link NearIdentityProcessor}).
 */
final class LedgerProcessor implements Processor<String, FigureObservation, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerProcessor.class);
    static final int DECODED_SERIES_KEPT = 16;

    private final FigureLedger ledger;
    private final Baseline baseline;
    private final int maxFiguresPerSeries;
    private final MeterRegistry registry;
    private ProcessorContext<String, Alert> context;
    private LedgerBook book;

    LedgerProcessor(FigureLedger ledger, Baseline baseline, int maxFiguresPerSeries, MeterRegistry registry) {
        this.ledger = ledger;
        this.baseline = baseline;
        this.maxFiguresPerSeries = maxFiguresPerSeries;
        this.registry = registry;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        KeyValueStore<String, LedgerTimeline> store = context.getStateStore(ProcessorTopology.LEDGER_STORE);
        // The latest series this task wrote, decoded: reading a series back decoded its whole timeline at every
        // figure (about a tenth of the task's time). Every write goes through here, so an entry is what the store
        // holds; it is rebuilt empty whenever Kafka Streams initialises the task again (after a rebalance, or
        // after a failed transaction is rolled back and the store restored). Few entries: a timeline may be
        // hundreds of kilobytes.
        Map<String, LedgerTimeline> decoded = new LinkedHashMap<>(DECODED_SERIES_KEPT * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LedgerTimeline> eldest) {
                return size() > DECODED_SERIES_KEPT;
            }
        };
        this.book = new LedgerBook(ledger, baseline, maxFiguresPerSeries, new LedgerBook.Timelines() {
            @Override
            public LedgerTimeline get(String key) {
                LedgerTimeline timeline = decoded.get(key);
                return timeline != null ? timeline : store.get(key);
            }

            @Override
            public void put(String key, LedgerTimeline timeline) {
                store.put(key, timeline);
                decoded.put(key, timeline);
            }
        });
    }

    @Override
    public void process(Record<String, FigureObservation> record) {
        FigureObservation observation = record.value();
        if (observation == null) {
            return;
        }
        // Figures arrive keyed by the series they belong to, which near identities may have chosen over the
        // figure's own subjects. A record keyed otherwise (by metric, from a version that routed figures so) is
        // judged in its own series.
        String key = record.key() != null && record.key().indexOf('|') >= 0 ? record.key()
                : FigureLedger.key(observation.getFigure().getMetric(), observation.getFigure().getSubjects());
        LedgerBook.Outcome outcome = book.observe(key, observation, Instant.ofEpochMilli(record.timestamp()));
        registry.counter("steppewatch.processor.figures", "verdict", outcome.judgement().verdict().name()).increment();
        outcome.alert().ifPresent(alert -> registry.counter("steppewatch.processor.alerts", "kind",
                alert.getKind().name(), "severity", alert.getSeverity().name()).increment());
        outcome.alert().ifPresentOrElse(alert -> {
            LOG.info("{} alert {} on {} from article {}", alert.getKind(), alert.getId(), key,
                    observation.getArticleId());
            context.forward(record.withKey(alert.getId()).withValue(alert));
        }, () -> LOG.debug("Figure {} of article {} on {}: {}", observation.getIndex(), observation.getArticleId(),
                key, outcome.judgement().verdict()));
    }
}
