package io.steppewatch.processor.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.processor.analysis.ArticleAnalysis;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.ledger.FigureObservations;
import io.steppewatch.processor.ledger.LedgerBook;
import io.steppewatch.processor.ledger.NearIdentities;
import io.steppewatch.processor.topology.OrderWindow;

/**
 * Runs a history of articles through the current analysis and ledger rules in memory, in the order
 * given, and returns the alerts they raise: what {@code steppewatch reprocess} compares with the
 * {@code alerts} topic after a lexicon or rule change.
 */
public final class HistoryReplay {

    private final ArticleAnalysis analysis;
    private final LedgerBook book;
    private final NearIdentities nearIdentities;
    private final OrderWindow order;
    private final List<Received> run = new ArrayList<>();
    private int failures;

    private record Received(AnalyzedArticle article, Instant timestamp) {
    }

    public HistoryReplay(ArticleAnalysis analysis, Baseline baseline, FigureLedger ledger, int maxFiguresPerSeries) {
        this(analysis, baseline, ledger, maxFiguresPerSeries, OrderWindow.NONE);
    }

    /**
     * A replay that puts articles received close together in publication order before the ledger, as the
     * processor's {@code order-by-publication} step does with {@code order}: a run of articles whose receive times
     * are less than {@code settle} apart, and less than {@code maxWait} after the first, is judged sorted by
     * publication time (undated last), then URL. Alerts of a run come when the run ends: call {@link #flush} last.
     */
    public HistoryReplay(ArticleAnalysis analysis, Baseline baseline, FigureLedger ledger, int maxFiguresPerSeries,
            OrderWindow order) {
        this.analysis = analysis;
        this.order = order;
        Map<String, LedgerTimeline> learned = new HashMap<>();
        this.book = new LedgerBook(ledger, baseline, maxFiguresPerSeries, new LedgerBook.Timelines() {
            @Override
            public LedgerTimeline get(String key) {
                return learned.get(key);
            }

            @Override
            public void put(String key, LedgerTimeline timeline) {
                learned.put(key, timeline);
            }
        });
        this.nearIdentities = new NearIdentities(ledger, baseline, maxFiguresPerSeries,
                new NearIdentities.InMemoryFacts());
    }

    /** The alerts raised by one more article, received at {@code timestamp}. */
    public List<Alert> accept(Article article, Instant timestamp) {
        return acceptAnalyzed(analyze(article), timestamp);
    }

    /**
     * The analysis alone: pure and thread-safe, so a long history can be analysed on every core while
     * {@link #acceptAnalyzed} takes the results one by one in history order.
     */
    public AnalyzedArticle analyze(Article article) {
        return analysis.analyze(article);
    }

    /**
     * The alerts raised by one more article already analysed; calls must come in history order, on one thread. With
     * an order window, the alerts of the run of articles this one ends, if it ends one.
     */
    public List<Alert> acceptAnalyzed(AnalyzedArticle analyzed, Instant timestamp) {
        if (!order.holds()) {
            return judge(analyzed, timestamp);
        }
        List<Alert> alerts = new ArrayList<>();
        if (!run.isEmpty()) {
            Instant first = run.get(0).timestamp();
            Instant last = run.get(run.size() - 1).timestamp();
            if (order.over(Duration.between(first, timestamp), Duration.between(last, timestamp))) {
                alerts.addAll(flush());
            }
        }
        run.add(new Received(analyzed, timestamp));
        return alerts;
    }

    /** The alerts of the articles still held (with an order window), judged in publication order. */
    public List<Alert> flush() {
        List<Received> held = new ArrayList<>(run);
        run.clear();
        held.sort(Comparator.comparing((Received r) -> r.article().getPublished(),
                        Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparing(r -> r.article().getUrl()));
        List<Alert> alerts = new ArrayList<>();
        for (Received received : held) {
            try {
                alerts.addAll(judge(received.article(), received.timestamp()));
            } catch (RuntimeException e) {
                // One article the ledger cannot take must not cost the rest of its run.
                failures++;
            }
        }
        return alerts;
    }

    /** Articles of ordered runs that the ledger could not take ({@link #flush}); skipped. */
    public int failures() {
        return failures;
    }

    private List<Alert> judge(AnalyzedArticle analyzed, Instant timestamp) {
        List<Alert> alerts = new ArrayList<>();
        for (var entry : FigureObservations.of(analyzed)) {
            // The same two steps as the processor's, in the same order: near identities, then the series' rules.
            String series = nearIdentities.resolve(entry.getKey(), entry.getValue());
            book.observe(series, entry.getValue(), timestamp).alert().ifPresent(alerts::add);
        }
        return alerts;
    }
}
