package io.steppewatch.ingester.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.steppewatch.config.Durations;

/**
 * Reads the feeds file: a YAML list whose entries are either a URL string or a map with {@code url} and
 * optional {@code name}, {@code language}, {@code region} and {@code interval}. A top-level map with a
 * {@code feeds} list is accepted too. Errors name the entry and the field.
 */
public final class FeedList {

    /** The list that ships with the product, used when no feed is configured. */
    public static final String DEFAULT_RESOURCE = "/io/steppewatch/ingester/default-feeds.yaml";

    private static final Set<String> FIELDS = Set.of("url", "name", "language", "region", "interval");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FeedList() {
    }

    /** The default list of Central Asia sources. */
    public static List<FeedSpec> defaults() {
        try (InputStream in = FeedList.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a feeds file. */
    public static List<FeedSpec> load(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /**
     * Parses feeds YAML.
     *
     * @param origin where the text came from, for error messages
     * @throws IllegalArgumentException naming the entry and field that is wrong
     */
    public static List<FeedSpec> parse(String yaml, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root != null && root.isObject() && root.has("feeds")) {
            root = root.get("feeds");
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return List.of();
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException(origin + ": expected a list of feeds");
        }
        List<FeedSpec> feeds = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            feeds.add(entry(root.get(i), origin + " feed #" + (i + 1)));
        }
        return List.copyOf(feeds);
    }

    private static FeedSpec entry(JsonNode node, String where) {
        if (node.isTextual()) {
            return FeedSpec.of(toFeedUrl(node.asText(), where));
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": expected a URL or a map with 'url'");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException(where + ": unknown field '" + field + "' (known: " + FIELDS + ")");
            }
        }
        String url = text(node, "url");
        if (url == null) {
            throw new IllegalArgumentException(where + ": 'url' is required");
        }
        String language = text(node, "language");
        if (language != null && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]+)?")) {
            throw new IllegalArgumentException(where + ": 'language' must be an ISO 639 code, got '" + language + "'");
        }
        String region = text(node, "region");
        if (region != null && !FeedSpec.CENTRAL_ASIA.equalsIgnoreCase(region)) {
            throw new IllegalArgumentException(where + ": 'region' must be '" + FeedSpec.CENTRAL_ASIA + "', got '" + region + "'");
        }
        Duration interval = null;
        String intervalText = text(node, "interval");
        if (intervalText != null) {
            try {
                interval = Durations.parse(intervalText);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": 'interval' must be a duration such as 30m or 2h, got '"
                        + intervalText + "'", e);
            }
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException(where + ": 'interval' must be positive, got '" + intervalText + "'");
            }
        }
        return new FeedSpec(toFeedUrl(url, where), text(node, "name"),
                language == null ? null : language.toLowerCase(Locale.ROOT), region, interval);
    }

    /**
     * Accepts http(s) and file: URLs, and turns a local path into a file: URL.
     *
     * @throws IllegalArgumentException for any other scheme
     */
    public static String toFeedUrl(String text, String where) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                new URI(t);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(where + ": 'url' is not a valid URL: " + t, e);
            }
            return t;
        }
        if (lower.startsWith("file:")) {
            return Paths.get(URI.create(t)).toAbsolutePath().toUri().toString();
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException(where + ": 'url' must be http, https or file, got " + t);
        }
        return Paths.get(t).toAbsolutePath().normalize().toUri().toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
