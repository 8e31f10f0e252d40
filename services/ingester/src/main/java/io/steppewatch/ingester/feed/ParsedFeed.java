package io.steppewatch.ingester.feed;

import java.util.List;

/** A parsed feed: its own title and language (when declared), its type as Rome names it, and its items. */
public record ParsedFeed(String title, String language, String feedType, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
