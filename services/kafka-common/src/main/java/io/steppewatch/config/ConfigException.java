package io.steppewatch.config;

/** A configuration value that cannot be used; the message names the key and, unless secret, the value. */
public final class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ConfigException(ConfigKey key, String value, String problem) {
        super("configuration " + key.name() + " (env " + key.environmentVariable() + ")"
                + (value == null ? "" : " = '" + (key.secret() ? "****" : value) + "'") + " " + problem);
    }

    /** A problem that is not one key's value, such as a key nobody reads. */
    public ConfigException(String message) {
        super(message);
    }
}
