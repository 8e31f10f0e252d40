package io.steppewatch.ingester.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.steppewatch.avro.Article;
import io.steppewatch.ingester.publish.ArticleSink;
import io.steppewatch.ingester.publish.PublishedLedger;

/**
 * A sink that appends to a list standing in for the articles topic; two sinks sharing one list behave
 * like two runs of the ingester on one topic.
 */
public final class InMemorySink implements ArticleSink {

    private final List<Article> topic;
    private final List<Article> sent = new CopyOnWriteArrayList<>();

    public InMemorySink() {
        this(new CopyOnWriteArrayList<>());
    }

    public InMemorySink(List<Article> topic) {
        this.topic = topic;
    }

    /** Everything in the shared "topic". */
    public List<Article> topic() {
        return topic;
    }

    /** What this sink sent. */
    public List<Article> sent() {
        return List.copyOf(sent);
    }

    @Override
    public CompletableFuture<Void> publish(Article article) {
        topic.add(article);
        sent.add(article);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void flush() {
    }

    @Override
    public void recover(PublishedLedger ledger) {
        for (Article a : topic) {
            ledger.recover(a.getId(), new PublishedLedger.Entry(a.getContentHash(), a.getFetched()));
        }
    }

    @Override
    public void close() {
    }
}
