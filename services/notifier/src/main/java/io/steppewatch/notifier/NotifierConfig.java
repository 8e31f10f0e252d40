package io.steppewatch.notifier;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The notifier's settings. Each key has a default and a description; values come from a properties file,
 * then environment variables ({@code STEPPEWATCH_} + the key in upper case with '.' as '_', e.g.
 * {@code STEPPEWATCH_NOTIFIER_DIGEST_PER_MINUTE}), then the defaults. Bad values fail at start-up with
 * the key and the value.
 */
public final class NotifierConfig {

    /** A setting: key, default, description. */
    public record Key(String name, String defaultValue, String description) {
    }

    public static final Key BOOTSTRAP_SERVERS = new Key("bootstrap.servers", "127.0.0.1:9092",
            "Kafka bootstrap servers (used by the notifier's own Main; the CLI passes its own).");
    public static final Key TOPIC_PREFIX = new Key("topic.prefix", "",
            "Prefix of every topic name, to share a cluster between pipelines.");
    public static final Key SUBSCRIPTIONS_FILE = new Key("notifier.subscriptions.file", "",
            "Subscriptions YAML file; empty means no Slack subscription and alerts are printed on the console.");
    public static final Key GROUP_ID = new Key("notifier.group.id", "steppewatch-notifier",
            "Consumer group prefix; each subscription consumes as <prefix>-<subscription>.");
    public static final Key WEBHOOK_INTERVAL_MS = new Key("notifier.webhook.interval.ms", "1000",
            "Least time between two posts to the same webhook (Slack allows about one message per second).");
    public static final Key RETRY_INITIAL_MS = new Key("notifier.retry.initial.ms", "1000",
            "First backoff after a 5xx, timeout or connection error.");
    public static final Key RETRY_MAX_MS = new Key("notifier.retry.max.ms", "300000",
            "Longest backoff; retries continue at this pace until Slack answers.");
    public static final Key RETRY_AFTER_MAX_MS = new Key("notifier.retry.after.max.ms", "3600000",
            "Longest Retry-After honoured after a 429.");
    public static final Key HTTP_CONNECT_TIMEOUT_MS = new Key("notifier.http.connect.timeout.ms", "5000",
            "Connect timeout for webhook posts.");
    public static final Key HTTP_REQUEST_TIMEOUT_MS = new Key("notifier.http.request.timeout.ms", "10000",
            "Timeout for a whole webhook post; a slower answer counts as a transient failure.");
    public static final Key DIGEST_PER_MINUTE = new Key("notifier.digest.per.minute", "10",
            "Messages per minute per subscription before further alerts are grouped into a digest.");
    public static final Key DIGEST_MAX_ITEMS = new Key("notifier.digest.max.items", "20",
            "Most alerts in one digest message.");
    public static final Key POLL_MAX_RECORDS = new Key("notifier.poll.max.records", "200",
            "Most alert records handled per poll (and so per digest decision).");

    public static final List<Key> KEYS = List.of(BOOTSTRAP_SERVERS, TOPIC_PREFIX, SUBSCRIPTIONS_FILE, GROUP_ID,
            WEBHOOK_INTERVAL_MS, RETRY_INITIAL_MS, RETRY_MAX_MS, RETRY_AFTER_MAX_MS, HTTP_CONNECT_TIMEOUT_MS,
            HTTP_REQUEST_TIMEOUT_MS, DIGEST_PER_MINUTE, DIGEST_MAX_ITEMS, POLL_MAX_RECORDS);

    private final Map<String, String> values;

    private NotifierConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
        validate();
    }

    public static NotifierConfig defaults() {
        return of(Map.of());
    }

    /** Explicit values over defaults (tests, the CLI). Unknown keys are refused. */
    public static NotifierConfig of(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Key key : KEYS) {
            values.put(key.name(), key.defaultValue());
        }
        for (Map.Entry<String, String> entry : overrides.entrySet()) {
            if (!values.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("unknown notifier setting '" + entry.getKey() + "'");
            }
            values.put(entry.getKey(), entry.getValue());
        }
        return new NotifierConfig(values);
    }

    /** File (optional), then environment, then defaults. */
    public static NotifierConfig load(Optional<Path> file, Function<String, String> environment) {
        return load(file, environment, Map.of());
    }

    /**
     * The file, then the environment, then {@code overrides} (command-line {@code key=value}); keys that are
     * not the notifier's (Kafka client settings, other services') are left to their readers.
     */
    public static NotifierConfig load(Optional<Path> file, Function<String, String> environment,
                                      Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        if (file.isPresent()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read notifier config " + file.get() + ": " + e.getMessage(), e);
            }
            for (String name : properties.stringPropertyNames()) {
                if (KEYS.stream().anyMatch(k -> k.name().equals(name))) {
                    values.put(name, properties.getProperty(name).strip());
                }
            }
        }
        for (Key key : KEYS) {
            String fromEnv = environment.apply(environmentName(key));
            if (fromEnv != null && !fromEnv.isBlank() && !values.containsKey(key.name())) {
                values.put(key.name(), fromEnv.strip());
            }
        }
        overrides.forEach((name, value) -> {
            if (KEYS.stream().anyMatch(k -> k.name().equals(name))) {
                values.put(name, value);
            }
        });
        return of(values);
    }

    public static String environmentName(Key key) {
        return "STEPPEWATCH_" + key.name().toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public String bootstrapServers() {
        return values.get(BOOTSTRAP_SERVERS.name());
    }

    public String topicPrefix() {
        return values.get(TOPIC_PREFIX.name());
    }

    public Optional<Path> subscriptionsFile() {
        String file = values.get(SUBSCRIPTIONS_FILE.name());
        return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }

    public String groupId() {
        return values.get(GROUP_ID.name());
    }

    public Duration webhookInterval() {
        return millis(WEBHOOK_INTERVAL_MS);
    }

    public Duration retryInitial() {
        return millis(RETRY_INITIAL_MS);
    }

    public Duration retryMax() {
        return millis(RETRY_MAX_MS);
    }

    public Duration retryAfterMax() {
        return millis(RETRY_AFTER_MAX_MS);
    }

    public Duration httpConnectTimeout() {
        return millis(HTTP_CONNECT_TIMEOUT_MS);
    }

    public Duration httpRequestTimeout() {
        return millis(HTTP_REQUEST_TIMEOUT_MS);
    }

    public int digestPerMinute() {
        return Integer.parseInt(values.get(DIGEST_PER_MINUTE.name()));
    }

    public int digestMaxItems() {
        return Integer.parseInt(values.get(DIGEST_MAX_ITEMS.name()));
    }

    public int pollMaxRecords() {
        return Integer.parseInt(values.get(POLL_MAX_RECORDS.name()));
    }

    private Duration millis(Key key) {
        return Duration.ofMillis(Long.parseLong(values.get(key.name())));
    }

    private void validate() {
        List<String> problems = new ArrayList<>();
        for (Key key : List.of(WEBHOOK_INTERVAL_MS, RETRY_INITIAL_MS, RETRY_MAX_MS, RETRY_AFTER_MAX_MS)) {
            checkLong(key, 0, problems);
        }
        for (Key key : List.of(HTTP_CONNECT_TIMEOUT_MS, HTTP_REQUEST_TIMEOUT_MS)) {
            checkLong(key, 1, problems);
        }
        checkLong(DIGEST_PER_MINUTE, 1, problems);
        checkLong(DIGEST_MAX_ITEMS, 2, problems);
        checkLong(POLL_MAX_RECORDS, 1, problems);
        if (values.get(BOOTSTRAP_SERVERS.name()).isBlank()) {
            problems.add(BOOTSTRAP_SERVERS.name() + " must not be blank");
        }
        if (values.get(GROUP_ID.name()).isBlank()) {
            problems.add(GROUP_ID.name() + " must not be blank");
        }
        if (!values.get(TOPIC_PREFIX.name()).matches("[A-Za-z0-9._-]*")) {
            problems.add(TOPIC_PREFIX.name() + " may only hold letters, digits, '.', '_' and '-', got '"
                    + values.get(TOPIC_PREFIX.name()) + "'");
        }
        if (problems.isEmpty() && retryMax().compareTo(retryInitial()) < 0) {
            problems.add(RETRY_MAX_MS.name() + " must be at least " + RETRY_INITIAL_MS.name());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid notifier settings: " + String.join("; ", problems));
        }
    }

    private void checkLong(Key key, long min, List<String> problems) {
        String value = values.get(key.name());
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < min || (key.name().endsWith("per.minute") || key.name().endsWith("items")
                    || key.name().endsWith("records")) && parsed > Integer.MAX_VALUE) {
                problems.add(key.name() + " must be a whole number >= " + min + ", got '" + value + "'");
            }
        } catch (NumberFormatException e) {
            problems.add(key.name() + " must be a whole number >= " + min + ", got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        // No secret lives here (webhooks come from the subscriptions file), but keep the habit explicit.
        return "NotifierConfig" + values;
    }
}
