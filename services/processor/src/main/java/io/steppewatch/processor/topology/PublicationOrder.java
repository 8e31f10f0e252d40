package io.steppewatch.processor.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.steppewatch.avro.FigureObservation;
import io.steppewatch.processor.ledger.NearIdentities;

/**
 * Holds figures for a moment and hands them on in the order their articles were published, before the near-identity
 * step and the ledger.
 *
 * <p>Why: a feed read in bulk arrives over several partitions of {@code articles}, whose tasks take turns, so an
 * article published in August can reach the ledger before one published in March. Whether a figure opens a series
 * or a period is judged against what was published before it ({@code FigureLedger#publishedBy}), whatever the
 * order; but which of two articles stating one fact differently raises {@code REVISED}, and which only confirms
 * the other, depends on which comes first. Held together, a burst is judged in publication order.
 *
 * <p>How: each figure waits in {@code figure-order-store} (logged, so a restart loses nothing) under a key that sorts
 * by publication time (undated last), then article URL, then the figure's place in its article. A wall-clock
 * punctuation releases everything held, in key order, once no figure has come for {@code settle}, or once the
 * oldest has waited {@code maxWait} (a steady stream is never held longer). Figures keep their record timestamps.
 */
final class PublicationOrder implements Processor<String, FigureObservation, String, FigureObservation> {

    private static final char SEPARATOR = '\u0001';
    private static final long UNDATED = Long.MAX_VALUE;

    private final OrderWindow window;
    private ProcessorContext<String, FigureObservation> context;
    private KeyValueStore<String, FigureObservation> store;
    private long firstHeld = -1;
    private long lastHeld = -1;

    /** @param window how long figures are held */
    PublicationOrder(OrderWindow window) {
        if (!window.holds()) {
            throw new IllegalArgumentException("an order window that holds no figure needs no ordering step");
        }
        this.window = window;
    }

    @Override
    public void init(ProcessorContext<String, FigureObservation> context) {
        this.context = context;
        this.store = context.getStateStore(ProcessorTopology.ORDER_STORE);
        try (KeyValueIterator<String, FigureObservation> held = store.all()) {
            if (held.hasNext()) {
                // Restored after a restart or a rebalance: they have waited long enough; release them at the next turn.
                firstHeld = lastHeld = context.currentSystemTimeMs() - window.maxWait().toMillis();
            }
        }
        long every = Math.max(10, Math.min(window.settle().toMillis() / 4, 250));
        context.schedule(Duration.ofMillis(every), PunctuationType.WALL_CLOCK_TIME, this::release);
    }

    @Override
    public void process(Record<String, FigureObservation> record) {
        FigureObservation observation = record.value();
        if (observation == null) {
            return;
        }
        store.put(orderKey(observation, record.timestamp()), observation);
        long now = context.currentSystemTimeMs();
        if (firstHeld < 0) {
            firstHeld = now;
        }
        lastHeld = now;
    }

    private void release(long now) {
        if (firstHeld < 0 || !window.over(Duration.ofMillis(now - firstHeld), Duration.ofMillis(now - lastHeld))) {
            return;
        }
        List<KeyValue<String, FigureObservation>> held = new ArrayList<>();
        try (KeyValueIterator<String, FigureObservation> all = store.all()) {
            all.forEachRemaining(held::add);
        }
        for (KeyValue<String, FigureObservation> entry : held) {
            store.delete(entry.key);
            String routeKey = NearIdentities.routeKey(entry.value.getFigure());
            context.forward(new Record<>(routeKey, entry.value, timestampOf(entry.key)));
        }
        firstHeld = -1;
        lastHeld = -1;
    }

    /**
     * Sorts by publication time (undated after every dated article, as the ledger counts them), then article URL,
     * then place in the article; ends with the record's timestamp, which the figure keeps.
     */
    static String orderKey(FigureObservation observation, long timestamp) {
        Instant published = observation.getPublished();
        long at = published == null ? UNDATED : Math.max(0, published.toEpochMilli());
        return String.format("%019d%c%s%c%06d%c%d", at, SEPARATOR, observation.getArticleUrl(), SEPARATOR,
                observation.getIndex(), SEPARATOR, timestamp);
    }

    static long timestampOf(String orderKey) {
        return Long.parseLong(orderKey.substring(orderKey.lastIndexOf(SEPARATOR) + 1));
    }
}
