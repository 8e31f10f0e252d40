package io.steppewatch.ingester.feed;

import java.time.Instant;

import io.steppewatch.avro.DatePrecision;

/**
 * One entry of a feed, as the feed states it. {@code link} is absolute when the feed gave one that could
 * be resolved; any field but {@code title} may be null, and {@code title} may be empty.
 * {@code publishedPrecision} is MONTH or YEAR when the feed wrote its publication date as only that
 * ({@code <dc:date>2025-03</dc:date>}); null when it gave a day or a time.
 */
public record FeedItem(
        String title,
        String link,
        String guid,
        String summary,
        String content,
        String author,
        Instant published,
        Instant updated,
        DatePrecision publishedPrecision) {

    public FeedItem(String title, String link, String guid, String summary, String content, String author,
                    Instant published, Instant updated) {
        this(title, link, guid, summary, content, author, published, updated, null);
    }

    /** The best text the feed itself gives: its full content when present, else its summary. */
    public String feedText() {
        if (content != null && !content.isBlank()) {
            return content;
        }
        return summary == null ? "" : summary;
    }
}
