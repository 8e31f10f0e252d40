package io.steppewatch.processor.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.FigureObservation;
import io.steppewatch.avro.KnownFigure;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.processor.ledger.AlertFactory;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.ledger.Judgement;

/**
 * Judges each figure against the baseline and the {@code figure-ledger-store}, records it, and forwards
 * an {@link Alert} keyed by alert id when the figure is news. Input is keyed by ledger key, so every
 * figure of one series is judged by the same task, in order.
 */
final class LedgerProcessor implements Processor<String, FigureObservation, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerProcessor.class);

    private final FigureLedger ledger;
    private final Baseline baseline;
    private final int maxFiguresPerSeries;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, LedgerTimeline> store;

    LedgerProcessor(FigureLedger ledger, Baseline baseline, int maxFiguresPerSeries) {
        this.ledger = ledger;
        this.baseline = baseline;
        this.maxFiguresPerSeries = maxFiguresPerSeries;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.store = context.getStateStore(ProcessorTopology.LEDGER_STORE);
    }

    @Override
    public void process(Record<String, FigureObservation> record) {
        FigureObservation observation = record.value();
        if (observation == null) {
            return;
        }
        String key = record.key();
        LedgerTimeline timeline = store.get(key);
        List<KnownFigure> known = new ArrayList<>(baseline.get(key));
        if (timeline != null) {
            known.addAll(timeline.getFigures());
        }
        Judgement judgement = ledger.judge(observation.getFigure(), known);
        switch (judgement.verdict()) {
            case IGNORED -> {
                return;
            }
            case CONFIRMED, RECORDED -> LOG.debug("Figure {} of article {} on {}: {}", observation.getIndex(),
                    observation.getArticleId(), key, judgement.verdict());
            default -> {
                Alert alert = AlertFactory.create(observation, judgement, Instant.ofEpochMilli(record.timestamp()));
                LOG.info("{} alert {} on {} from article {}", alert.getKind(), alert.getId(), key, observation.getArticleId());
                context.forward(record.withKey(alert.getId()).withValue(alert));
            }
        }
        store.put(key, append(timeline, key, observation));
    }

    private LedgerTimeline append(LedgerTimeline timeline, String key, FigureObservation observation) {
        List<KnownFigure> figures = new ArrayList<>(timeline == null ? List.of() : timeline.getFigures());
        figures.add(AlertFactory.known(observation));
        if (figures.size() > maxFiguresPerSeries) {
            figures = new ArrayList<>(figures.subList(figures.size() - maxFiguresPerSeries, figures.size()));
        }
        int bar = key.indexOf('|');
        String subjects = key.substring(bar + 1);
        return LedgerTimeline.newBuilder()
                .setMetric(key.substring(0, bar))
                .setSubjects(subjects.isEmpty() ? List.of() : List.of(subjects.split(",")))
                .setFigures(figures)
                .build();
    }
}
