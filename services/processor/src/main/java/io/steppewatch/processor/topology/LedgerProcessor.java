package io.steppewatch.processor.topology;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.serialization.StringSerializer;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.steppewatch.avro.Alert;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.ledger.LedgerBook;

/**
 * Runs the {@link LedgerBook} on the {@code figure-ledger-store} and forwards an {@link Alert}, keyed by
 * alert id, when a figure is news. Input is keyed by metric, so every series of one metric is judged by the
 * same task, in order, and a figure can confirm a series of the same metric whose subjects differ.
 */
final class LedgerProcessor implements Processor<String, FigureObservation, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerProcessor.class);

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
        // Which series hold which fact (measure, period, unit), per metric: a near identity is looked for
        // among those only, instead of decoding every series of the metric at every new figure. Built from
        // the store the first time a metric is asked for, then kept up to date by put; an entry whose figure
        // has since left its series only costs a read, since the candidates are judged on their figures.
        Map<String, Map<String, Set<String>>> factIndex = new HashMap<>();
        this.book = new LedgerBook(ledger, baseline, maxFiguresPerSeries, new LedgerBook.Timelines() {
            @Override
            public LedgerTimeline get(String key) {
                return store.get(key);
            }

            @Override
            public void put(String key, LedgerTimeline timeline) {
                store.put(key, timeline);
                Map<String, Set<String>> facts = factIndex.get(FigureLedger.metricOf(key));
                if (facts != null && !timeline.getFigures().isEmpty()) {
                    index(facts, key, timeline.getFigures().get(timeline.getFigures().size() - 1));
                }
            }

            @Override
            public Map<String, LedgerTimeline> withFact(String metric, Figure figure) {
                Map<String, Set<String>> facts = factIndex.computeIfAbsent(metric, m -> {
                    Map<String, Set<String>> built = new HashMap<>();
                    withMetric(m).forEach((key, timeline) -> timeline.getFigures().forEach(known -> index(built, key, known)));
                    return built;
                });
                Map<String, LedgerTimeline> series = new HashMap<>();
                for (String key : facts.getOrDefault(LedgerBook.factKey(figure.getMeasure(), figure.getPeriod(),
                        figure.getUnit()), Set.of())) {
                    LedgerTimeline timeline = store.get(key);
                    if (timeline != null) {
                        series.put(key, timeline);
                    }
                }
                return series;
            }

            @Override
            public Map<String, LedgerTimeline> withMetric(String metric) {
                Map<String, LedgerTimeline> series = new HashMap<>();
                try (KeyValueIterator<String, LedgerTimeline> it = store.prefixScan(metric + "|",
                        new StringSerializer())) {
                    it.forEachRemaining(kv -> series.put(kv.key, kv.value));
                }
                return series;
            }
        });
    }

    private static void index(Map<String, Set<String>> facts, String key, KnownFigure known) {
        facts.computeIfAbsent(LedgerBook.factKey(known.getMeasure(), known.getPeriod(), known.getUnit()),
                fact -> new HashSet<>()).add(key);
    }

    @Override
    public void process(Record<String, FigureObservation> record) {
        FigureObservation observation = record.value();
        if (observation == null) {
            return;
        }
        // Figures arrive keyed by metric (so that every series of a metric is judged by one task, near identities
        // included); the series key comes from the figure itself.
        String key = FigureLedger.key(observation.getFigure().getMetric(), observation.getFigure().getSubjects());
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
