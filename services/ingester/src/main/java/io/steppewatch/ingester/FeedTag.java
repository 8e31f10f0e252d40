package io.steppewatch.ingester;

import java.net.URI;
import java.util.Locale;

import io.steppewatch.ingester.canonical.ArticleIds;
import io.steppewatch.ingester.feed.FeedSpec;

/**
 * The value of a feed's {@code feed} metric tag. Never the URL: a feed URL may carry a token
 * ({@code ?key=...}) and metrics are scraped and stored by other systems. The feed's configured name when
 * it has one, else its host and a short hash of the whole URL, so two feeds of one site stay apart and
 * the tag's values are as few as the feeds.
 */
final class FeedTag {

    private static final int MAX_LENGTH = 64;

    private FeedTag() {
    }

    static String of(FeedSpec spec) {
        if (spec.name() != null && !spec.name().isBlank()) {
            String name = spec.name().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
            return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
        }
        String host;
        try {
            host = URI.create(spec.url()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        String prefix = host == null ? "feed" : host.toLowerCase(Locale.ROOT);
        if (prefix.length() > MAX_LENGTH - 9) {
            prefix = prefix.substring(0, MAX_LENGTH - 9);
        }
        return prefix + "-" + ArticleIds.sha256Hex(spec.url()).substring(0, 8);
    }
}
