package io.steppewatch.notifier;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.steppewatch.config.CommonKeys;
import io.steppewatch.config.ConfigException;
import io.steppewatch.config.ConfigKey;
import io.steppewatch.config.Durations;
import io.steppewatch.config.LayeredConfig;

/**
 * The notifier's settings, read from one {@link LayeredConfig} like every other service's: arguments, then
 * the properties file, then {@code STEPPEWATCH_*} environment variables, then the defaults below. Times are
 * durations ({@code 1s}, {@code 5m}, {@code PT1H}); the former {@code *.ms} keys still work for one release,
 * with a warning. Bad values fail at start-up with the key and the value.
 */
public final class NotifierConfig {

    public static final ConfigKey SUBSCRIPTIONS_FILE = ConfigKey.of("notifier.subscriptions.file", "",
            "Subscriptions YAML file; empty means no Slack subscription and alerts are printed on the console.");
    public static final ConfigKey GROUP_ID = ConfigKey.of("notifier.group.id", "steppewatch-notifier",
            "Consumer group prefix; each subscription consumes as <prefix>-<subscription>.");
    public static final ConfigKey WEBHOOK_INTERVAL = ConfigKey.of("notifier.webhook.interval", "1s",
            "Least time between two posts to the same webhook (Slack allows about one message per second).")
            .replacing("notifier.webhook.interval.ms", Durations::fromMillis);
    public static final ConfigKey RETRY_INITIAL = ConfigKey.of("notifier.retry.initial", "1s",
            "First backoff after a 5xx, timeout or connection error.")
            .replacing("notifier.retry.initial.ms", Durations::fromMillis);
    public static final ConfigKey RETRY_MAX = ConfigKey.of("notifier.retry.max", "5m",
            "Longest backoff; retries continue at this pace until Slack answers.")
            .replacing("notifier.retry.max.ms", Durations::fromMillis);
    public static final ConfigKey RETRY_AFTER_MAX = ConfigKey.of("notifier.retry.after.max", "1h",
            "Longest Retry-After honoured after a 429.")
            .replacing("notifier.retry.after.max.ms", Durations::fromMillis);
    public static final ConfigKey HTTP_CONNECT_TIMEOUT = ConfigKey.of("notifier.http.connect.timeout", "5s",
            "Connect timeout for webhook posts.")
            .replacing("notifier.http.connect.timeout.ms", Durations::fromMillis);
    public static final ConfigKey HTTP_REQUEST_TIMEOUT = ConfigKey.of("notifier.http.request.timeout", "10s",
            "Timeout for a whole webhook post; a slower answer counts as a transient failure.")
            .replacing("notifier.http.request.timeout.ms", Durations::fromMillis);
    public static final ConfigKey DIGEST_PER_MINUTE = ConfigKey.of("notifier.digest.per.minute", "10",
            "Messages per minute per subscription before further alerts are grouped into a digest.");
    public static final ConfigKey DIGEST_MAX_ITEMS = ConfigKey.of("notifier.digest.max.items", "20",
            "Most alerts in one digest message.");
    public static final ConfigKey POLL_MAX_RECORDS = ConfigKey.of("notifier.poll.max.records", "200",
            "Most alert records handled per poll (and so per digest decision).");

    /** Every key the notifier reads, the shared ones ({@link CommonKeys}) included. */
    public static final List<ConfigKey> KEYS = List.of(CommonKeys.BOOTSTRAP_SERVERS, CommonKeys.TOPIC_PREFIX,
            SUBSCRIPTIONS_FILE, GROUP_ID, WEBHOOK_INTERVAL, RETRY_INITIAL, RETRY_MAX, RETRY_AFTER_MAX,
            HTTP_CONNECT_TIMEOUT, HTTP_REQUEST_TIMEOUT, DIGEST_PER_MINUTE, DIGEST_MAX_ITEMS, POLL_MAX_RECORDS);

    private final String bootstrapServers;
    private final String topicPrefix;
    private final Optional<Path> subscriptionsFile;
    private final String groupId;
    private final Duration webhookInterval;
    private final Duration retryInitial;
    private final Duration retryMax;
    private final Duration retryAfterMax;
    private final Duration httpConnectTimeout;
    private final Duration httpRequestTimeout;
    private final int digestPerMinute;
    private final int digestMaxItems;
    private final int pollMaxRecords;

    private NotifierConfig(LayeredConfig config) {
        CommonKeys.refuseUnknown(config, KEYS, "notifier.");
        bootstrapServers = CommonKeys.bootstrapServers(config);
        topicPrefix = CommonKeys.topicPrefix(config);
        subscriptionsFile = Optional.ofNullable(config.getPath(SUBSCRIPTIONS_FILE)).filter(p -> !p.toString().isBlank());
        groupId = config.require(GROUP_ID);
        webhookInterval = notNegative(config, WEBHOOK_INTERVAL);
        retryInitial = notNegative(config, RETRY_INITIAL);
        retryMax = notNegative(config, RETRY_MAX);
        retryAfterMax = notNegative(config, RETRY_AFTER_MAX);
        httpConnectTimeout = positive(config, HTTP_CONNECT_TIMEOUT);
        httpRequestTimeout = positive(config, HTTP_REQUEST_TIMEOUT);
        digestPerMinute = config.getInt(DIGEST_PER_MINUTE, 1, Integer.MAX_VALUE);
        digestMaxItems = config.getInt(DIGEST_MAX_ITEMS, 2, Integer.MAX_VALUE);
        pollMaxRecords = config.getInt(POLL_MAX_RECORDS, 1, Integer.MAX_VALUE);
        if (retryMax.compareTo(retryInitial) < 0) {
            throw new ConfigException(RETRY_MAX, config.get(RETRY_MAX), "must not be shorter than " + RETRY_INITIAL.name());
        }
    }

    /**
     * Reads and validates every key.
     *
     * @throws ConfigException naming the first key that is unknown or whose value is wrong
     */
    public static NotifierConfig from(LayeredConfig config) {
        return new NotifierConfig(config);
    }

    public static NotifierConfig defaults() {
        return of(Map.of());
    }

    /** Explicit values over defaults, no file, no environment (tests, benches). Unknown keys are refused. */
    public static NotifierConfig of(Map<String, String> values) {
        return from(LayeredConfig.ofMap(values));
    }

    private static Duration notNegative(LayeredConfig config, ConfigKey key) {
        Duration value = config.getDuration(key);
        if (value.isNegative()) {
            throw new ConfigException(key, config.get(key), "must not be negative");
        }
        return value;
    }

    private static Duration positive(LayeredConfig config, ConfigKey key) {
        Duration value = config.getDuration(key);
        if (value.isNegative() || value.isZero()) {
            throw new ConfigException(key, config.get(key), "must be positive");
        }
        return value;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String topicPrefix() {
        return topicPrefix;
    }

    public Optional<Path> subscriptionsFile() {
        return subscriptionsFile;
    }

    public String groupId() {
        return groupId;
    }

    public Duration webhookInterval() {
        return webhookInterval;
    }

    public Duration retryInitial() {
        return retryInitial;
    }

    public Duration retryMax() {
        return retryMax;
    }

    public Duration retryAfterMax() {
        return retryAfterMax;
    }

    public Duration httpConnectTimeout() {
        return httpConnectTimeout;
    }

    public Duration httpRequestTimeout() {
        return httpRequestTimeout;
    }

    public int digestPerMinute() {
        return digestPerMinute;
    }

    public int digestMaxItems() {
        return digestMaxItems;
    }

    public int pollMaxRecords() {
        return pollMaxRecords;
    }

    @Override
    public String toString() {
        // No secret lives here (webhooks come from the subscriptions file), but keep the habit explicit.
        return "NotifierConfig{group=" + groupId + ", subscriptions=" + subscriptionsFile.map(Path::toString).orElse("none")
                + ", webhookInterval=" + webhookInterval + ", retry=" + retryInitial + ".." + retryMax
                + ", digestPerMinute=" + digestPerMinute + "}";
    }
}
