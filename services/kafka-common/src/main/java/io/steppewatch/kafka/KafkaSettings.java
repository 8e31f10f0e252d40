package io.steppewatch.kafka;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How every steppewatch client reaches Kafka: the bootstrap servers plus any extra client properties
 * (TLS, SASL, timeouts) that apply to producers, consumers, admin clients and Streams alike.
 */
public final class KafkaSettings {

    private final String bootstrapServers;
    private final Map<String, Object> common;

    private KafkaSettings(String bootstrapServers, Map<String, Object> common) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers must not be blank");
        }
        this.bootstrapServers = bootstrapServers;
        this.common = Map.copyOf(common);
    }

    public static KafkaSettings of(String bootstrapServers) {
        return new KafkaSettings(bootstrapServers, Map.of());
    }

    /** The same settings with extra client properties, for example {@code security.protocol=SASL_SSL}. */
    public KafkaSettings with(Map<String, ?> extra) {
        Map<String, Object> merged = new HashMap<>(common);
        merged.putAll(extra);
        return new KafkaSettings(bootstrapServers, merged);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The extra client properties (TLS, SASL ...) with secret values masked, for logs. */
    public Map<String, Object> describe() {
        Map<String, Object> shown = new TreeMap<>();
        common.forEach((key, value) -> shown.put(key, isSecret(key) ? "****" : value));
        shown.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return shown;
    }

    public Map<String, Object> admin() {
        Map<String, Object> config = base();
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return config;
    }

    /** An idempotent producer that waits for all in-sync replicas. */
    public Map<String, Object> producer() {
        Map<String, Object> config = base();
        config.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        return config;
    }

    /** A consumer that only sees committed records and commits its offsets by hand. */
    public Map<String, Object> consumer(String groupId) {
        Map<String, Object> config = base();
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        config.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.putIfAbsent(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return config;
    }

    /** Kafka Streams with exactly-once v2. */
    public Map<String, Object> streams(String applicationId) {
        Objects.requireNonNull(applicationId, "applicationId");
        Map<String, Object> config = base();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return config;
    }

    private Map<String, Object> base() {
        Map<String, Object> config = new HashMap<>(common);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }

    private static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("jaas") || lower.contains("secret")
                || lower.contains("token") || lower.endsWith(".key");
    }

    @Override
    public String toString() {
        return "KafkaSettings" + describe();
    }
}
