package io.steppewatch.ops;

import java.util.List;

import io.steppewatch.config.ConfigKey;
import io.steppewatch.config.LayeredConfig;

/**
 * The operations settings every service shares: where its metrics and health endpoints listen, and how it
 * logs. Each service adds {@link #KEYS} to its own keys.
 */
public final class OpsConfig {

    public static final ConfigKey PORT = ConfigKey.of("ops.port", "-1",
            "Port of the /metrics, /health/live and /health/ready endpoints; -1 disables them, 0 picks a free port");
    public static final ConfigKey HOST = ConfigKey.of("ops.host", "127.0.0.1",
            "Interface the ops endpoints listen on; 0.0.0.0 in a container so that probes and Prometheus reach it");
    /**
     * Read by Logback, not by Java code (see {@code io/steppewatch/ops/logback-service.xml}): {@code text}
     * (the default) or {@code json}. Listed so that deploy files may set {@code STEPPEWATCH_LOG_FORMAT}.
     */
    public static final ConfigKey LOG_FORMAT = ConfigKey.of("log.format", "text",
            "Log line format: text for people, json for log collectors");

    public static final List<ConfigKey> KEYS = List.of(PORT, HOST, LOG_FORMAT);

    private final int port;
    private final String host;

    private OpsConfig(int port, String host) {
        this.port = port;
        this.host = host;
    }

    public static OpsConfig from(LayeredConfig config) {
        return new OpsConfig(config.getInt(PORT, -1, 65_535), config.require(HOST));
    }

    /** False when {@code ops.port} is -1: the service runs without ops endpoints. */
    public boolean enabled() {
        return port >= 0;
    }

    public int port() {
        return port;
    }

    public String host() {
        return host;
    }
}
