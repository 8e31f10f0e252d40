package io.steppewatch.config;

import java.util.ArrayList;
import java.util.List;

import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.ops.OpsConfig;

/**
 * The settings every service shares, declared once: where Kafka is, the topic prefix, the Kafka client
 * settings under {@code kafka.}, and the ops keys. Each service's {@code KEYS} list names these constants
 * instead of declaring its own copy.
 */
public final class CommonKeys {

    public static final ConfigKey BOOTSTRAP_SERVERS = ConfigKey.of("bootstrap.servers", "127.0.0.1:9092",
            "Kafka bootstrap servers");
    public static final ConfigKey TOPIC_PREFIX = ConfigKey.of("topic.prefix", "",
            "Prefix of every topic name, to share one cluster between isolated pipelines");
    /** Every key under this prefix is a Kafka client setting ({@code kafka.security.protocol}) for every client. */
    public static final String KAFKA_PREFIX = "kafka.";

    /** The shared keys, ops included. */
    public static final List<ConfigKey> KEYS = List.of(BOOTSTRAP_SERVERS, TOPIC_PREFIX, OpsConfig.PORT, OpsConfig.HOST,
            OpsConfig.LOG_FORMAT);

    /**
     * The name prefixes the services own. A key under one of them is checked by its service and ignored by
     * the others, so one file can hold every service's settings.
     */
    public static final List<String> SERVICE_PREFIXES = List.of("ingester.", "processor.", "ledger.", "analysis.",
            "baseline.", "notifier.");

    private CommonKeys() {
    }

    /**
     * Refuses, naming it, a key from the arguments or the file that is neither shared, nor a Kafka client
     * setting, nor one of {@code serviceKeys} when it lies under one of {@code ownPrefixes}.
     */
    public static void refuseUnknown(LayeredConfig config, List<ConfigKey> serviceKeys, String... ownPrefixes) {
        List<ConfigKey> known = new ArrayList<>(serviceKeys);
        known.addAll(KEYS);
        config.refuseUnknown(known, List.of(ownPrefixes), SERVICE_PREFIXES, KAFKA_PREFIX);
    }

    public static String bootstrapServers(LayeredConfig config) {
        return config.require(BOOTSTRAP_SERVERS);
    }

    /** The topic prefix, checked: letters, digits, '.', '_' and '-' only. */
    public static String topicPrefix(LayeredConfig config) {
        String prefix = config.get(TOPIC_PREFIX);
        if (prefix == null) {
            return "";
        }
        if (!prefix.matches("[A-Za-z0-9._-]*")) {
            throw new ConfigException(TOPIC_PREFIX, prefix, "may only hold letters, digits, '.', '_' and '-'");
        }
        return prefix;
    }

    public static Topics topics(LayeredConfig config) {
        return Topics.withPrefix(topicPrefix(config));
    }

    /** The bootstrap servers and every {@code kafka.*} client setting (file, environment, arguments). */
    public static KafkaSettings kafka(LayeredConfig config) {
        return KafkaSettings.of(bootstrapServers(config)).with(config.withPrefix(KAFKA_PREFIX));
    }
}
