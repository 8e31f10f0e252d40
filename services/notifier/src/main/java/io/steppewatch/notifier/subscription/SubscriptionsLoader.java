package io.steppewatch.notifier.subscription;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Severity;

/**
 * Reads a subscriptions YAML file:
 * <pre>
 * subscriptions:
 *   - name: trade-desk
 *     webhookEnv: SLACK_TRADE_WEBHOOK      # or webhook: https://hooks.slack.com/... or webhookFile: trade.url
 *     topics: [trade, corridors]
 *     filters:
 *       kinds: [NEW_PERIOD, REVISED]
 *       metrics: [trade.turnover, investment.*]
 *       countries: [KZ, UZ]
 *       minSeverity: MEDIUM
 * </pre>
 * Every problem in the file is reported at once, by subscription name and key. Messages never quote a
 * webhook URL.
 */
public final class SubscriptionsLoader {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    private final Function<String, String> environment;
    private final ObjectMapper yaml;

    /** @param environment looks up environment variables ({@code System::getenv} in production) */
    public SubscriptionsLoader(Function<String, String> environment) {
        this.environment = environment;
        this.yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public List<Subscription> load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SubscriptionException(file.toString(), List.of("cannot read the file: " + e.getMessage()));
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), base);
    }

    /**
     * @param source name of the input for error messages
     * @param base   directory that relative {@code webhookFile} paths are resolved against
     */
    public List<Subscription> parse(String text, String source, Path base) {
        if (text.isBlank()) {
            return List.of();
        }
        SubscriptionsDocument document;
        try {
            document = yaml.readValue(text, SubscriptionsDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw new SubscriptionException(source, List.of("unknown key '" + e.getPropertyName() + "' near line "
                    + e.getLocation().getLineNr() + "; known keys: " + e.getKnownPropertyIds()));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new SubscriptionException(source, List.of("not a valid subscriptions file" + where + ": "
                    + e.getOriginalMessage()));
        }
        if (document == null || document.subscriptions() == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        List<Subscription> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int index = 0;
        for (SubscriptionsDocument.Entry entry : document.subscriptions()) {
            index++;
            if (entry == null) {
                problems.add("subscription #" + index + " is empty");
                continue;
            }
            String label = entry.name() == null ? "subscription #" + index : "subscription '" + entry.name() + "'";
            List<String> mine = new ArrayList<>();
            if (entry.name() == null || !NAME.matcher(entry.name()).matches()) {
                mine.add(label + ": name must be 1-63 characters of a-z, 0-9, '-' or '_', starting with a letter or digit");
            } else if (!names.add(entry.name())) {
                mine.add(label + ": name is used twice");
            }
            Optional<WebhookUrl> webhook = webhook(entry, label, base, mine);
            List<String> topics = topics(entry, label, mine);
            AlertFilter filter = filter(entry.filters(), label, mine);
            if (mine.isEmpty() && webhook.isPresent()) {
                result.add(new Subscription(entry.name(), webhook.get(), topics, filter));
            }
            problems.addAll(mine);
        }
        if (!problems.isEmpty()) {
            throw new SubscriptionException(source, problems);
        }
        return List.copyOf(result);
    }

    private Optional<WebhookUrl> webhook(SubscriptionsDocument.Entry entry, String label, Path base, List<String> problems) {
        int given = (entry.webhook() == null ? 0 : 1) + (entry.webhookEnv() == null ? 0 : 1)
                + (entry.webhookFile() == null ? 0 : 1);
        if (given != 1) {
            problems.add(label + ": give exactly one of webhook, webhookEnv, webhookFile");
            return Optional.empty();
        }
        String value;
        String origin;
        if (entry.webhook() != null) {
            value = entry.webhook();
            origin = "webhook";
        } else if (entry.webhookEnv() != null) {
            value = environment.apply(entry.webhookEnv());
            origin = "webhookEnv " + entry.webhookEnv();
            if (value == null || value.isBlank()) {
                problems.add(label + ": environment variable " + entry.webhookEnv() + " is not set");
                return Optional.empty();
            }
        } else {
            Path path = base == null ? Path.of(entry.webhookFile()) : base.resolve(entry.webhookFile());
            origin = "webhookFile " + path;
            try {
                value = Files.readString(path, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                problems.add(label + ": cannot read webhookFile " + path + " (" + e.getClass().getSimpleName() + ")");
                return Optional.empty();
            }
        }
        try {
            return Optional.of(WebhookUrl.parse(value));
        } catch (IllegalArgumentException e) {
            problems.add(label + ": " + origin + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static List<String> topics(SubscriptionsDocument.Entry entry, String label, List<String> problems) {
        if (entry.topics() == null || entry.topics().isEmpty()) {
            problems.add(label + ": topics is empty; follow at least one of " + AlertTopicNames.ALL);
            return List.of();
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String topic : entry.topics()) {
            String shortName = topic == null ? "" : topic.strip().toLowerCase(Locale.ROOT);
            if (shortName.startsWith("alerts-")) {
                shortName = shortName.substring("alerts-".length());
            }
            if (!AlertTopicNames.ALL.contains(shortName)) {
                problems.add(label + ": unknown topic '" + topic + "'; expected one of " + AlertTopicNames.ALL);
            } else {
                topics.add(shortName);
            }
        }
        return List.copyOf(topics);
    }

    private static AlertFilter filter(SubscriptionsDocument.Filters filters, String label, List<String> problems) {
        if (filters == null) {
            return AlertFilter.ANY;
        }
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        for (String kind : nonNull(filters.kinds())) {
            try {
                kinds.add(AlertKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(label + ": unknown alert kind '" + kind + "'; expected one of "
                        + List.of(AlertKind.values()));
            }
        }
        Optional<Severity> minSeverity = Optional.empty();
        if (filters.minSeverity() != null) {
            try {
                minSeverity = Optional.of(Severity.valueOf(filters.minSeverity().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(label + ": unknown minSeverity '" + filters.minSeverity() + "'; expected one of "
                        + List.of(Severity.values()));
            }
        }
        for (String metric : nonNull(filters.metrics())) {
            if (metric.isBlank()) {
                problems.add(label + ": empty metric in filters.metrics");
            }
        }
        for (String country : nonNull(filters.countries())) {
            if (country.isBlank()) {
                problems.add(label + ": empty country in filters.countries");
            }
        }
        return new AlertFilter(kinds, Set.copyOf(nonNull(filters.metrics())), Set.copyOf(nonNull(filters.countries())),
                minSeverity);
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).map(String::strip).toList();
    }
}
