package io.steppewatch.ingester;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.steppewatch.config.CommonKeys;
import io.steppewatch.config.ConfigException;
import io.steppewatch.config.ConfigKey;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.ingester.feed.FeedList;
import io.steppewatch.ingester.feed.FeedSpec;
import io.steppewatch.ingester.fetch.AddressPolicy;
import io.steppewatch.ingester.fetch.FetchLimits;

/**
 * Every setting of the ingester. Values come from command-line overrides, then the properties file, then
 * {@code STEPPEWATCH_*} environment variables, then the defaults below; {@link #from(LayeredConfig)}
 * validates all of them at once and names the key and value that is wrong.
 */
public final class IngesterConfig {

    public static final ConfigKey FEEDS = ConfigKey.of("ingester.feeds", "",
            "Comma-separated feed URLs or local paths; added to the feeds file. Neither set: the default Central Asia list.");
    public static final ConfigKey FEEDS_FILE = ConfigKey.of("ingester.feeds.file", "",
            "YAML list of feeds (url, name, language, region, interval).");
    public static final ConfigKey POLL_INTERVAL = ConfigKey.of("ingester.poll.interval", "15m",
            "How often a feed is polled unless its entry sets an interval.");
    public static final ConfigKey THREADS = ConfigKey.of("ingester.threads", "8",
            "Feeds processed at the same time.");
    public static final ConfigKey BACKOFF_INITIAL = ConfigKey.of("ingester.backoff.initial", "1m",
            "Wait after a feed's first failure; doubles with each further failure.");
    public static final ConfigKey BACKOFF_MAX = ConfigKey.of("ingester.backoff.max", "6h",
            "Longest wait between two attempts at a failing feed.");
    public static final ConfigKey FETCH_PAGES = ConfigKey.of("ingester.pages.fetch", "true",
            "Fetch each new item's page and extract its main text; false keeps the feed's own text.");
    public static final ConfigKey RELEVANCE = ConfigKey.of("ingester.relevance.enabled", "true",
            "Drop articles the region gazetteer scores below its threshold (feeds with region: central-asia are kept).");
    public static final ConfigKey CONNECT_TIMEOUT = ConfigKey.of("ingester.http.connect-timeout", "10s",
            "TCP and TLS connect timeout.");
    public static final ConfigKey READ_TIMEOUT = ConfigKey.of("ingester.http.read-timeout", "30s",
            "Deadline for one whole HTTP exchange, headers and body.");
    public static final ConfigKey MAX_FEED_BYTES = ConfigKey.of("ingester.http.max-feed-bytes", String.valueOf(5 << 20),
            "Largest feed body accepted, as transferred.");
    public static final ConfigKey MAX_PAGE_BYTES = ConfigKey.of("ingester.http.max-page-bytes", String.valueOf(5 << 20),
            "Largest article page body accepted, as transferred.");
    public static final ConfigKey MAX_DECOMPRESSED_BYTES = ConfigKey.of("ingester.http.max-decompressed-bytes",
            String.valueOf(20 << 20), "Largest body accepted after gzip or deflate decoding.");
    public static final ConfigKey MAX_REDIRECTS = ConfigKey.of("ingester.http.max-redirects", "5",
            "Redirects followed per request; each hop is checked like the first.");
    public static final ConfigKey MAX_PER_HOST = ConfigKey.of("ingester.http.max-per-host", "2",
            "Requests in flight to one host (host:port) at once.");
    public static final ConfigKey MIN_DELAY = ConfigKey.of("ingester.http.min-delay", "1s",
            "Minimum delay between the starts of two requests to one host.");
    public static final ConfigKey MAX_HOST_WAIT = ConfigKey.of("ingester.http.max-host-wait", "60s",
            "Longest a request waits for its host's turn (or Retry-After) before it is left for a later cycle.");
    public static final ConfigKey ALLOW_CIDRS = ConfigKey.of("ingester.http.allow-cidrs", "",
            "Comma-separated CIDR blocks of internal addresses that may be fetched anyway (e.g. 127.0.0.1/32).");
    public static final ConfigKey ROBOTS = ConfigKey.of("ingester.http.robots", "true",
            "Respect robots.txt for article pages.");

    public static final ConfigKey MAX_ITEMS_PER_POLL = ConfigKey.of("ingester.max.items.per.poll", "200",
            "New or changed items handled per feed and poll (each may cost a page fetch); the rest wait for the next poll.");
    public static final ConfigKey BACKLOG_DELAY = ConfigKey.of("ingester.backlog.delay", "10s",
            "When a poll left items over ingester.max.items.per.poll, the feed is polled again after this delay"
                    + " (if shorter than its interval), so a backlog drains in minutes, not in intervals.");
    public static final ConfigKey MAX_TEXT_CHARS = ConfigKey.of("ingester.max.text.chars", "200000",
            "Characters of an article's text kept; a longer text is cut, so no article outgrows a Kafka record.");

    /** All keys, the shared ones ({@link CommonKeys}) included, for help output and documentation. */
    public static final List<ConfigKey> KEYS = List.of(CommonKeys.BOOTSTRAP_SERVERS, CommonKeys.TOPIC_PREFIX, FEEDS, FEEDS_FILE, POLL_INTERVAL,
            THREADS, BACKOFF_INITIAL, BACKOFF_MAX, FETCH_PAGES, RELEVANCE, CONNECT_TIMEOUT, READ_TIMEOUT, MAX_FEED_BYTES,
            MAX_PAGE_BYTES, MAX_DECOMPRESSED_BYTES, MAX_REDIRECTS, MAX_PER_HOST, MIN_DELAY, MAX_HOST_WAIT, ALLOW_CIDRS, ROBOTS,
            MAX_ITEMS_PER_POLL, BACKLOG_DELAY, MAX_TEXT_CHARS);

    private final String bootstrapServers;
    private final String topicPrefix;
    private final List<FeedSpec> feeds;
    private final Duration pollInterval;
    private final int threads;
    private final Duration backoffInitial;
    private final Duration backoffMax;
    private final boolean fetchPages;
    private final boolean relevance;
    private final FetchLimits fetchLimits;
    private final int maxItemsPerPoll;
    private final Duration backlogDelay;
    private final int maxTextChars;

    private IngesterConfig(LayeredConfig config) {
        CommonKeys.refuseUnknown(config, KEYS, "ingester.");
        bootstrapServers = CommonKeys.bootstrapServers(config);
        topicPrefix = CommonKeys.topicPrefix(config);
        pollInterval = positive(config, POLL_INTERVAL);
        threads = config.getInt(THREADS, 1, 1024);
        backoffInitial = positive(config, BACKOFF_INITIAL);
        backoffMax = positive(config, BACKOFF_MAX);
        if (backoffMax.compareTo(backoffInitial) < 0) {
            throw new ConfigException(BACKOFF_MAX, config.get(BACKOFF_MAX), "must not be shorter than " + BACKOFF_INITIAL.name());
        }
        fetchPages = config.getBoolean(FETCH_PAGES);
        relevance = config.getBoolean(RELEVANCE);
        List<String> cidrs = list(config.get(ALLOW_CIDRS));
        try {
            AddressPolicy.allowing(cidrs);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ALLOW_CIDRS, config.get(ALLOW_CIDRS), e.getMessage());
        }
        Duration minDelay = config.getDuration(MIN_DELAY);
        if (minDelay.isNegative()) {
            throw new ConfigException(MIN_DELAY, config.get(MIN_DELAY), "must not be negative");
        }
        fetchLimits = new FetchLimits(positive(config, CONNECT_TIMEOUT), positive(config, READ_TIMEOUT),
                config.getInt(MAX_FEED_BYTES, 1024, Integer.MAX_VALUE - 8),
                config.getInt(MAX_PAGE_BYTES, 1024, Integer.MAX_VALUE - 8),
                config.getInt(MAX_DECOMPRESSED_BYTES, 1024, Integer.MAX_VALUE - 8),
                config.getInt(MAX_REDIRECTS, 0, 20), config.getInt(MAX_PER_HOST, 1, 64), minDelay,
                positive(config, MAX_HOST_WAIT), cidrs, config.getBoolean(ROBOTS), userAgent());
        feeds = feeds(config);
        maxItemsPerPoll = config.getInt(MAX_ITEMS_PER_POLL, 1, 1_000_000);
        backlogDelay = positive(config, BACKLOG_DELAY);
        // 300,000 characters of three UTF-8 bytes each stay under Kafka's 1 MiB record limit.
        maxTextChars = config.getInt(MAX_TEXT_CHARS, 1_000, 300_000);
    }

    /**
     * Reads and validates every key.
     *
     * @throws ConfigException naming the first key whose value is wrong
     */
    public static IngesterConfig from(LayeredConfig config) {
        return new IngesterConfig(config);
    }

    /** Defaults plus the given values; no file, no environment. For tests and benches. */
    public static IngesterConfig of(Map<String, String> values) {
        return from(LayeredConfig.ofMap(values));
    }

    /** Loads {@code file} (may be null) under {@code overrides}, with the environment and defaults below. */
    public static IngesterConfig load(Map<String, String> overrides, Path file) {
        return from(LayeredConfig.of(overrides, file));
    }

    private static Duration positive(LayeredConfig config, ConfigKey key) {
        Duration d = config.getDuration(key);
        if (d.isNegative() || d.isZero()) {
            throw new ConfigException(key, config.get(key), "must be positive");
        }
        return d;
    }

    private static List<FeedSpec> feeds(LayeredConfig config) {
        List<FeedSpec> feeds = new ArrayList<>();
        String file = config.get(FEEDS_FILE);
        if (file != null && !file.isBlank()) {
            try {
                feeds.addAll(FeedList.load(Path.of(file)));
            } catch (IOException e) {
                throw new ConfigException(FEEDS_FILE, file, "cannot be read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(FEEDS_FILE, file, "is invalid: " + e.getMessage());
            }
        }
        for (String url : list(config.get(FEEDS))) {
            try {
                feeds.add(FeedSpec.of(FeedList.toFeedUrl(url, FEEDS.name())));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(FEEDS, url, e.getMessage());
            }
        }
        return feeds.isEmpty() ? FeedList.defaults() : List.copyOf(feeds);
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The product's one User-Agent: name, version and where to read about it. */
    public static String userAgent() {
        return "steppewatch/" + version() + " (+https://github.com/steppewatch/steppewatch)";
    }

    /** The version from the jar's Maven metadata, or "dev" when run from classes. */
    public static String version() {
        try (InputStream in = IngesterConfig.class.getResourceAsStream(
                "/META-INF/maven/io.steppewatch/steppewatch-ingester/pom.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String topicPrefix() {
        return topicPrefix;
    }

    /** The configured feeds, or the default list when none is configured. */
    public List<FeedSpec> feeds() {
        return feeds;
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public int threads() {
        return threads;
    }

    public Duration backoffInitial() {
        return backoffInitial;
    }

    public Duration backoffMax() {
        return backoffMax;
    }

    public boolean fetchPages() {
        return fetchPages;
    }

    public boolean relevance() {
        return relevance;
    }

    public FetchLimits fetchLimits() {
        return fetchLimits;
    }

    public int maxItemsPerPoll() {
        return maxItemsPerPoll;
    }

    public Duration backlogDelay() {
        return backlogDelay;
    }

    public int maxTextChars() {
        return maxTextChars;
    }
}
