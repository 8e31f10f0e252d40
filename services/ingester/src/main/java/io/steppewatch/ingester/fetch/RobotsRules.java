package io.steppewatch.ingester.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * robots.txt for article pages, parsed by crawler-commons and cached per origin. A missing file (4xx)
 * allows everything; a server error or an unreachable file disallows for a while, as RFC 9309 asks.
 */
final class RobotsRules {

    private static final Logger LOG = LoggerFactory.getLogger(RobotsRules.class);
    private static final Duration TTL = Duration.ofHours(6);
    private static final Duration ERROR_TTL = Duration.ofMinutes(10);

    /** Loads robots.txt for an origin; given by the fetcher so the load obeys all of its rules. */
    @FunctionalInterface
    interface Loader {
        FetchResponse load(URI robotsUri) throws FetchException, InterruptedException;
    }

    private record Entry(BaseRobotRules rules, long expiresAt) {
    }

    private final String robotName;
    private final Loader loader;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentMap<String, CompletableFuture<Entry>> cache = new ConcurrentHashMap<>();

    RobotsRules(String robotName, Loader loader, Clock clock) {
        this.robotName = robotName;
        this.loader = loader;
        this.clock = clock;
    }

    boolean allowed(URI page) throws InterruptedException {
        return rulesFor(page).isAllowed(page.toString());
    }

    /** The rules of the page's origin; a load that failed for good counts as "disallow everything". */
    BaseRobotRules rulesFor(URI page) throws InterruptedException {
        String origin = page.getScheme() + "://" + page.getRawAuthority();
        while (true) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> existing = cache.putIfAbsent(origin, mine);
            if (existing == null) {
                try {
                    mine.complete(load(origin));
                } catch (InterruptedException | RuntimeException e) {
                    cache.remove(origin, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
                existing = mine;
            }
            Entry entry;
            try {
                entry = existing.join();
            } catch (CompletionException | CancellationException e) {
                return parser.failedFetch(503);
            }
            if (entry.expiresAt() > clock.millis()) {
                return entry.rules();
            }
            cache.remove(origin, existing);
        }
    }

    private Entry load(String origin) throws InterruptedException {
        URI robots = URI.create(origin + "/robots.txt");
        long now = clock.millis();
        try {
            FetchResponse response = loader.load(robots);
            BaseRobotRules rules = parser.parseContent(robots.toString(), response.body(),
                    response.contentType() == null ? "text/plain" : response.contentType(), List.of(robotName));
            return new Entry(rules, now + TTL.toMillis());
        } catch (FetchException e) {
            if (e.reason() == FetchException.Reason.HTTP_STATUS && e.status() >= 400 && e.status() < 500
                    && e.status() != 429) {
                return new Entry(parser.failedFetch(e.status()), now + TTL.toMillis());
            }
            LOG.info("robots.txt at {} unavailable ({}); pages there are skipped for {}", robots, e.getMessage(), ERROR_TTL);
            return new Entry(parser.failedFetch(503), now + ERROR_TTL.toMillis());
        }
    }
}
