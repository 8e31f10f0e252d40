package io.steppewatch.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a service's settings come from, first match wins: explicit overrides (command-line flags), then
 * the properties file, then {@code STEPPEWATCH_*} environment variables, then each key's default.
 * Typed getters fail with a message that names the key and the bad value.
 */
public final class LayeredConfig {

    private final Map<String, String> overrides;
    private final Map<String, String> file;
    private final Path source;
    private final Function<String, String> environment;
    private final Supplier<Map<String, String>> environmentVariables;

    private LayeredConfig(Map<String, String> overrides, Map<String, String> file, Path source,
            Function<String, String> environment, Supplier<Map<String, String>> environmentVariables) {
        this.overrides = Map.copyOf(overrides);
        this.file = Map.copyOf(file);
        this.source = source;
        this.environment = environment;
        this.environmentVariables = environmentVariables;
    }

    public static LayeredConfig of(Map<String, String> overrides, Path file) {
        return new LayeredConfig(overrides, file == null ? Map.of() : load(file), file, System::getenv, System::getenv);
    }

    /** For tests: no file, no environment. */
    public static LayeredConfig ofMap(Map<String, String> values) {
        return new LayeredConfig(values, Map.of(), null, name -> null, Map::of);
    }

    /** For tests: values and a given environment. */
    public static LayeredConfig ofMap(Map<String, String> values, Map<String, String> environment) {
        return new LayeredConfig(values, Map.of(), null, environment::get, () -> environment);
    }

    public LayeredConfig withOverrides(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(more);
        return new LayeredConfig(merged, file, source, environment, environmentVariables);
    }

    static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).trim()));
        return values;
    }

    /** The raw value, or null when the key is set nowhere and has no default. */
    public String get(ConfigKey key) {
        String value = overrides.get(key.name());
        if (value == null) {
            value = file.get(key.name());
        }
        if (value == null) {
            value = environment.apply(key.environmentVariable());
        }
        if (value == null || value.isBlank()) {
            return key.defaultValue();
        }
        return value;
    }

    /** True when the key is set somewhere (arguments, file or environment), not only by its default. */
    public boolean isSet(ConfigKey key) {
        String value = overrides.get(key.name());
        if (value == null) {
            value = file.get(key.name());
        }
        if (value == null) {
            value = environment.apply(key.environmentVariable());
        }
        return value != null && !value.isBlank();
    }

    /** The file these settings were read from, if any. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    public String require(ConfigKey key) {
        String value = get(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(key, null, "is required (" + key.description() + ")");
        }
        return value;
    }

    public int getInt(ConfigKey key, int min, int max) {
        String value = require(key);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new ConfigException(key, value, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "must be a whole number");
        }
    }

    public double getDouble(ConfigKey key, double min, double max) {
        String value = require(key);
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed >= min && parsed <= max)) {
                throw new ConfigException(key, value, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ConfigException(key, value, "must be a number");
        }
    }

    public boolean getBoolean(ConfigKey key) {
        String value = require(key);
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new ConfigException(key, value, "must be true or false");
    }

    /** ISO-8601 ({@code PT30S}) or a number with a unit: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}. */
    public Duration getDuration(ConfigKey key) {
        String value = require(key);
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ConfigException(key, value, "must be a duration such as 30s, 5m or PT1H");
        }
    }

    public Path getPath(ConfigKey key) {
        String value = get(key);
        return value == null ? null : Path.of(value);
    }

    /**
     * Every key that starts with {@code prefix}, prefix removed: from the environment
     * ({@code STEPPEWATCH_KAFKA_SECURITY_PROTOCOL} is {@code kafka.security.protocol}), then the file, then
     * the overrides, later ones winning. Environment names turn every {@code _} into a {@code .}, which
     * fits Kafka's client settings.
     */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> values = new HashMap<>();
        String variablePrefix = ConfigKey.of(prefix, null, "").environmentVariable();
        environmentVariables.get().forEach((name, value) -> {
            if (!prefix.isEmpty() && name.startsWith(variablePrefix) && name.length() > variablePrefix.length()) {
                values.put(name.substring(variablePrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        file.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                values.put(name.substring(prefix.length()), value);
            }
        });
        overrides.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                values.put(name.substring(prefix.length()), value);
            }
        });
        return values;
    }
}
