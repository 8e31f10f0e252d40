package io.steppewatch.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One configuration key of a service: its name in a properties file, the environment variable that can
 * set it, its default (null when it has none), what it is for, and the older name it replaces, if any.
 */
public record ConfigKey(String name, String defaultValue, String description, boolean secret, Alias replaces) {

    /**
     * A deprecated name that still sets this key until {@link #REMOVED_IN}; {@code convert} turns an old value
     * into the new syntax (say {@code 1000} milliseconds into {@code 1000ms}).
     */
    public record Alias(String name, UnaryOperator<String> convert) {

        /**
         * The release that drops every deprecated name: they were renamed in 0.1.0 (the {@code *.ms} keys became
         * durations), and the warning names this release so an operator knows how long the old name works.
         */
        public static final String REMOVED_IN = "0.2.0";

        public Alias {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(convert, "convert");
        }

        public String environmentVariable() {
            return ConfigKey.environmentVariable(name);
        }
    }

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    public ConfigKey(String name, String defaultValue, String description, boolean secret) {
        this(name, defaultValue, description, secret, null);
    }

    public static ConfigKey of(String name, String defaultValue, String description) {
        return new ConfigKey(name, defaultValue, description, false);
    }

    public static ConfigKey secret(String name, String description) {
        return new ConfigKey(name, null, description, true);
    }

    /** This key, also set (with a deprecation warning) by {@code oldName}, whose values go through {@code convert}. */
    public ConfigKey replacing(String oldName, UnaryOperator<String> convert) {
        return new ConfigKey(name, defaultValue, description, secret, new Alias(oldName, convert));
    }

    /** The deprecated name this key replaces, if any. */
    public Optional<Alias> deprecatedName() {
        return Optional.ofNullable(replaces);
    }

    /** {@code ledger.tolerance} is set by {@code STEPPEWATCH_LEDGER_TOLERANCE}. */
    public String environmentVariable() {
        return environmentVariable(name);
    }

    static String environmentVariable(String name) {
        return "STEPPEWATCH_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
