package io.steppewatch.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One configuration key of a service: its name in a properties file, the environment variable that can
 * set it, its default (null when it has none) and what it is for.
 */
public record ConfigKey(String name, String defaultValue, String description, boolean secret) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    public static ConfigKey of(String name, String defaultValue, String description) {
        return new ConfigKey(name, defaultValue, description, false);
    }

    public static ConfigKey secret(String name, String description) {
        return new ConfigKey(name, null, description, true);
    }

    /** {@code ledger.tolerance} is set by {@code STEPPEWATCH_LEDGER_TOLERANCE}. */
    public String environmentVariable() {
        return "STEPPEWATCH_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
