package io.steppewatch.processor.replay;

import java.time.Instant;
import java.util.ArrayList;
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

/**
 * Runs a history of articles through the current analysis and ledger rules in memory, in the order
 * given, and returns the alerts they raise: what {@code steppewatch reprocess} compares with the
 * {@code alerts} topic after a lexicon or rule change.
 */
public final class HistoryReplay {

    private final ArticleAnalysis analysis;
    private final LedgerBook book;
    private final NearIdentities nearIdentities;

    public HistoryReplay(ArticleAnalysis analysis, Baseline baseline, FigureLedger ledger, int maxFiguresPerSeries) {
        this.analysis = analysis;
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

    /** The alerts raised by one more article already analysed; calls must come in history order, on one thread. */
    public List<Alert> acceptAnalyzed(AnalyzedArticle analyzed, Instant timestamp) {
        List<Alert> alerts = new ArrayList<>();
        for (var entry : FigureObservations.of(analyzed)) {
            // The same two steps as the processor's, in the same order: near identities, then the series' rules.
            String series = nearIdentities.resolve(entry.getKey(), entry.getValue());
            book.observe(series, entry.getValue(), timestamp).alert().ifPresent(alerts::add);
        }
        return alerts;
    }
}
