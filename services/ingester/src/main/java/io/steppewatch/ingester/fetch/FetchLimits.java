package io.steppewatch.ingester.fetch;

import java.time.Duration;
import java.util.List;

/**
 * The limits and manners of the fetcher.
 *
 * @param connectTimeout       TCP/TLS connect timeout
 * @param readTimeout          deadline for the whole exchange (headers and body) of one request
 * @param maxFeedBytes         largest feed response body, as transferred
 * @param maxPageBytes         largest page response body, as transferred
 * @param maxDecompressedBytes largest body after gzip/deflate decoding
 * @param maxRedirects         redirects followed per fetch
 * @param maxPerHost           concurrent requests per host
 * @param minDelay             minimum delay between the starts of two requests to one host
 * @param maxHostWait          longest a request waits for its host's turn before giving up for this cycle
 * @param allowedCidrs         internal address blocks that may nevertheless be reached (tests: 127.0.0.1/32)
 * @param robots               whether robots.txt is consulted for article pages
 * @param userAgent            the User-Agent header
 */
public record FetchLimits(
        Duration connectTimeout,
        Duration readTimeout,
        int maxFeedBytes,
        int maxPageBytes,
        int maxDecompressedBytes,
        int maxRedirects,
        int maxPerHost,
        Duration minDelay,
        Duration maxHostWait,
        List<String> allowedCidrs,
        boolean robots,
        String userAgent) {

    public FetchLimits {
        allowedCidrs = List.copyOf(allowedCidrs);
    }

    /** Product defaults; {@code userAgent} names the version. */
    public static FetchLimits defaults(String userAgent) {
        return new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5 << 20, 5 << 20, 20 << 20, 5, 2,
                Duration.ofSeconds(1), Duration.ofSeconds(60), List.of(), true, userAgent);
    }

    /** The same limits with another allowlist. */
    public FetchLimits withAllowedCidrs(List<String> cidrs) {
        return new FetchLimits(connectTimeout, readTimeout, maxFeedBytes, maxPageBytes, maxDecompressedBytes,
                maxRedirects, maxPerHost, minDelay, maxHostWait, cidrs, robots, userAgent);
    }

    /** The same limits with another politeness delay. */
    public FetchLimits withMinDelay(Duration delay) {
        return new FetchLimits(connectTimeout, readTimeout, maxFeedBytes, maxPageBytes, maxDecompressedBytes,
                maxRedirects, maxPerHost, delay, maxHostWait, allowedCidrs, robots, userAgent);
    }
}
