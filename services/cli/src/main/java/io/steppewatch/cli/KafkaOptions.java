package io.steppewatch.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.steppewatch.config.LayeredConfig;
import io.steppewatch.kafka.KafkaSettings;
import picocli.CommandLine.Option;

/** {@code --bootstrap-servers} and {@code --config}, shared by every command that talks to Kafka. */
public final class KafkaOptions {

    static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";

    @Option(names = "--bootstrap-servers", paramLabel = "HOSTS",
            description = "Kafka bootstrap servers (default: the config file's bootstrap.servers, else " + DEFAULT_BOOTSTRAP + ").")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file: service settings, and Kafka client settings (TLS, SASL) under kafka.*")
    Path configFile;

    LayeredConfig layered(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(overrides);
        if (bootstrapServers != null) {
            values.put("bootstrap.servers", bootstrapServers);
        }
        return LayeredConfig.of(values, configFile);
    }

    /** Settings for a cluster the user names (or the default local one). */
    KafkaSettings settings() {
        LayeredConfig config = layered(Map.of());
        String servers = config.get(io.steppewatch.config.ConfigKey.of("bootstrap.servers", DEFAULT_BOOTSTRAP, "Kafka"));
        return KafkaSettings.of(servers).with(config.withPrefix("kafka."));
    }

    /** The config file's keys that start with {@code prefix}, prefix kept: one service's section. */
    Map<String, String> section(String prefix) {
        Map<String, String> values = new HashMap<>();
        layered(Map.of()).withPrefix(prefix).forEach((key, value) -> values.put(prefix + key, value));
        return values;
    }

    String topicPrefix() {
        String prefix = layered(Map.of()).get(io.steppewatch.config.ConfigKey.of("topic.prefix", "", "topic prefix"));
        return prefix == null ? "" : prefix;
    }
}
