package io.steppewatch.ingester.fetch;

import java.net.URI;

/**
 * What to fetch.
 *
 * @param uri          the URL
 * @param purpose      feed, page or robots.txt: decides the size limit and whether robots.txt applies
 * @param etag         validator from the previous response, or null
 * @param lastModified validator from the previous response, or null
 */
public record FetchRequest(URI uri, Purpose purpose, String etag, String lastModified) {

    /** Why the ingester fetches a URL. */
    public enum Purpose {
        FEED,
        PAGE,
        ROBOTS
    }

    public static FetchRequest feed(URI uri, String etag, String lastModified) {
        return new FetchRequest(uri, Purpose.FEED, etag, lastModified);
    }

    public static FetchRequest page(URI uri) {
        return new FetchRequest(uri, Purpose.PAGE, null, null);
    }
}
