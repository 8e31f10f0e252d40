package io.steppewatch.ingester.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * One configured feed.
 *
 * @param url      http(s) or file: URL, or a local path (already turned into a file: URL)
 * @param name     human name of the source; null means "use the feed's own title"
 * @param language ISO 639-1 language of the feed's articles when known, else null
 * @param region   {@link #CENTRAL_ASIA} when every article of this feed is about the region (skips the
 *                 relevance filter); null otherwise
 * @param interval how often to poll it; null means the ingester's default
 */
public record FeedSpec(String url, String name, String language, String region, Duration interval) {

    /** Region value that marks a feed whose articles are all about Central Asia. */
    public static final String CENTRAL_ASIA = "central-asia";

    public FeedSpec {
        Objects.requireNonNull(url, "url");
    }

    /** A feed given only by its URL. */
    public static FeedSpec of(String url) {
        return new FeedSpec(url, null, null, null, null);
    }

    /** Whether the relevance filter is skipped for this feed. */
    public boolean regionalSource() {
        return CENTRAL_ASIA.equalsIgnoreCase(region);
    }

    /** Whether the feed is read from the local file system. */
    public boolean local() {
        return url.regionMatches(true, 0, "file:", 0, 5);
    }
}
