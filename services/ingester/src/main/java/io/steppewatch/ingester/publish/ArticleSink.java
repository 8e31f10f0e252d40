package io.steppewatch.ingester.publish;

import java.util.concurrent.CompletableFuture;

import io.steppewatch.avro.Article;

/** Where finished articles go: the {@code articles} topic in production, a list in tests. */
public interface ArticleSink extends AutoCloseable {

    /** Sends one article, keyed by its id; the future completes when it is durably written. */
    CompletableFuture<Void> publish(Article article);

    /** Blocks until everything sent so far is written or failed. */
    void flush();

    /** Fills the ledger with what was published before this process started. */
    void recover(PublishedLedger ledger);

    @Override
    void close();
}
