package io.steppewatch.ingester.feed;

import java.time.Instant;

/**
 * One entry of a feed, as the feed states it. {@code link} is absolute when the feed gave one that could
 * be resolved; any field but {@code title} may be null, and {@code title} may be empty.
 */
public record FeedItem(
        String title,
        String link,
        String guid,
        String summary,
        String content,
        String author,
        Instant published,
        Instant updated) {

    /** The best text the feed itself gives: its full content when present, else its summary. */
    public String feedText() {
        if (content != null && !content.isBlank()) {
            return content;
        }
        return summary == null ? "" : summary;
    }
}
