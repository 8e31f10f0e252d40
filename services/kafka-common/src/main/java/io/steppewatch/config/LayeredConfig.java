package io.steppewatch.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every service's settings come from, first match wins: explicit overrides (command-line flags and
 * {@code key=value} arguments), then the properties file, then {@code STEPPEWATCH_*} environment variables,
 * then the defaults a command sets ({@link #withDefaults}), then each key's own default. A key's deprecated
 * name still counts in every layer, behind its new name, with one warning.
 * Typed getters fail with a message that names the key and the bad value.
 */
public final class LayeredConfig {

    private static final Logger LOG = LoggerFactory.getLogger(LayeredConfig.class);

    private final Map<String, String> overrides;
    private final Map<String, String> file;
    private final Path source;
    private final Function<String, String> environment;
    private final Supplier<Map<String, String>> environmentVariables;
    private final Map<String, String> defaults;
    /** Deprecated names already warned about; shared by the configurations derived from this one. */
    private final Set<String> warned;

    private LayeredConfig(Map<String, String> overrides, Map<String, String> file, Path source,
            Function<String, String> environment, Supplier<Map<String, String>> environmentVariables,
            Map<String, String> defaults, Set<String> warned) {
        this.overrides = Map.copyOf(overrides);
        this.file = Map.copyOf(file);
        this.source = source;
        this.environment = environment;
        this.environmentVariables = environmentVariables;
        this.defaults = Map.copyOf(defaults);
        this.warned = warned;
    }

    private LayeredConfig(Map<String, String> overrides, Map<String, String> file, Path source,
            Function<String, String> environment, Supplier<Map<String, String>> environmentVariables) {
        this(overrides, file, source, environment, environmentVariables, Map.of(), ConcurrentHashMap.newKeySet());
    }

    public static LayeredConfig of(Map<String, String> overrides, Path file) {
        return new LayeredConfig(overrides, file == null ? Map.of() : load(file), file, System::getenv, System::getenv);
    }

    /** Arguments, file (may be null) and a given environment: what the CLI builds, with the environment injectable. */
    public static LayeredConfig of(Map<String, String> overrides, Path file, Map<String, String> environment) {
        return new LayeredConfig(overrides, file == null ? Map.of() : load(file), file, environment::get, () -> environment);
    }

    /** For tests: no file, no environment. */
    public static LayeredConfig ofMap(Map<String, String> values) {
        return new LayeredConfig(values, Map.of(), null, name -> null, Map::of);
    }

    /** For tests: values and a given environment. */
    public static LayeredConfig ofMap(Map<String, String> values, Map<String, String> environment) {
        return new LayeredConfig(values, Map.of(), null, environment::get, () -> environment);
    }

    /** These settings with more arguments, which win over every other layer. */
    public LayeredConfig withOverrides(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(more);
        return new LayeredConfig(merged, file, source, environment, environmentVariables, defaults, warned);
    }

    /**
     * These settings with other defaults, used only where a key is set nowhere (not in the arguments, the
     * file or the environment): how {@code steppewatch run} puts state under its data directory.
     */
    public LayeredConfig withDefaults(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(defaults);
        merged.putAll(more);
        return new LayeredConfig(overrides, file, source, environment, environmentVariables, merged, warned);
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
        String value = lookup(key);
        if (value == null || value.isBlank()) {
            value = defaults.get(key.name());
        }
        return value == null || value.isBlank() ? key.defaultValue() : value;
    }

    /** True when the key is set somewhere (arguments, file or environment), not only by a default. */
    public boolean isSet(ConfigKey key) {
        String value = lookup(key);
        return value != null && !value.isBlank();
    }

    /**
     * The value from the first layer that sets the key, by its name or else by its deprecated name (converted
     * to today's syntax, with a warning); null when no layer sets it.
     */
    private String lookup(ConfigKey key) {
        Optional<ConfigKey.Alias> alias = key.deprecatedName();
        List<Function<String, String>> layers = List.of(overrides::get, file::get,
                name -> environment.apply(ConfigKey.environmentVariable(name)));
        for (Function<String, String> layer : layers) {
            String value = layer.apply(key.name());
            if (value != null) {
                return value;
            }
            if (alias.isPresent()) {
                String old = layer.apply(alias.get().name());
                if (old != null) {
                    warnDeprecated(alias.get(), key);
                    return alias.get().convert().apply(old);
                }
            }
        }
        return null;
    }

    private void warnDeprecated(ConfigKey.Alias alias, ConfigKey key) {
        if (warned.add(alias.name())) {
            LOG.warn("Setting {} (env {}) is deprecated and will be removed in steppewatch {}: use {} (env {}), "
                    + "a duration such as 30s or 5m", alias.name(), alias.environmentVariable(),
                    ConfigKey.Alias.REMOVED_IN, key.name(), key.environmentVariable());
        }
    }

    /**
     * Refuses every key given in the arguments or the file that no steppewatch reader knows, naming it:
     * a key under one of {@code ownPrefixes} that is not in {@code known}, or a key under no service's
     * prefix that is not a shared one. Keys of the other services (one file may hold them all) and Kafka
     * client settings ({@code kafka.*}) are left to their readers. Environment variables are not checked,
     * since {@code STEPPEWATCH_*} names can belong to tools around steppewatch.
     */
    public void refuseUnknown(Collection<ConfigKey> known, Collection<String> ownPrefixes, Collection<String> allPrefixes,
            String kafkaPrefix) {
        Set<String> names = new HashSet<>();
        for (ConfigKey key : known) {
            names.add(key.name());
            key.deprecatedName().ifPresent(alias -> names.add(alias.name()));
        }
        Map<String, String> given = new TreeMap<>();
        file.keySet().forEach(name -> given.put(name, "in " + source));
        overrides.keySet().forEach(name -> given.put(name, "in the arguments"));
        given.forEach((name, where) -> {
            if (names.contains(name) || name.startsWith(kafkaPrefix)) {
                return;
            }
            boolean own = ownPrefixes.stream().anyMatch(name::startsWith);
            boolean others = allPrefixes.stream().anyMatch(name::startsWith);
            if (own || !others) {
                throw new ConfigException("unknown setting '" + name + "' " + where
                        + " (a typo? every setting is listed in the README's configuration section)");
            }
        });
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
