package io.steppewatch.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.steppewatch.config.CommonKeys;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.kafka.KafkaSettings;
import picocli.CommandLine.Option;

/**
 * {@code --bootstrap-servers} and {@code --config}, shared by every command that talks to Kafka. Every command
 * builds its settings here, so all of them read the same layers: arguments, file, environment, defaults.
 */
public final class KafkaOptions {

    static final String DEFAULT_BOOTSTRAP = CommonKeys.BOOTSTRAP_SERVERS.defaultValue();

    private final Map<String, String> environment;

    @Option(names = "--bootstrap-servers", paramLabel = "HOSTS",
            description = "Kafka bootstrap servers (default: bootstrap.servers from --config or STEPPEWATCH_BOOTSTRAP_SERVERS, else "
                    + "127.0.0.1:9092).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file: service settings, and Kafka client settings (TLS, SASL) under kafka.*")
    Path configFile;

    public KafkaOptions() {
        this(System.getenv());
    }

    /** With a given environment in place of the process's (tests). */
    KafkaOptions(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The settings of this command: {@code overrides} and the flags, the file, the environment, the defaults. */
    LayeredConfig layered(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(overrides);
        if (bootstrapServers != null) {
            values.put(CommonKeys.BOOTSTRAP_SERVERS.name(), bootstrapServers);
        }
        return LayeredConfig.of(values, configFile, environment);
    }

    /** Settings for a cluster the user names (or the default local one). */
    KafkaSettings settings() {
        return CommonKeys.kafka(layered(Map.of()));
    }

    String topicPrefix() {
        return CommonKeys.topicPrefix(layered(Map.of()));
    }
}
