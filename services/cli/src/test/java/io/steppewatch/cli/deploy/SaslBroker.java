package io.steppewatch.cli.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.steppewatch.broker.EmbeddedKafkaBroker;
import io.steppewatch.broker.SaslSslSecurity;
import io.steppewatch.broker.SelfSignedTls;
import io.steppewatch.config.ConfigKey;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.kafka.KafkaSettings;

/**
 * One embedded broker per test JVM that accepts only SASL_SSL with SCRAM-SHA-512, and the client
 * configuration that reaches it the way a deployment does: a properties file with {@code kafka.*} keys,
 * the secrets themselves in files read by Kafka's {@code DirectoryConfigProvider} (as Kubernetes mounts
 * Secrets). Passwords are distinctive strings so that tests can search logs for them.
 */
final class SaslBroker {

    static final String CLIENT_USER = "steppewatch";
    static final String CLIENT_PASSWORD = "scram-pw-7f3c1e9a";
    static final String STORE_PASSWORD = "tls-store-pw-51d2b8";
    private static final String BROKER_PASSWORD = "broker-pw-0c6e4d";

    private static SaslBroker shared;

    private final EmbeddedKafkaBroker broker;
    private final SaslSslSecurity security;
    private final Path secrets;

    private SaslBroker(EmbeddedKafkaBroker broker, SaslSslSecurity security, Path secrets) {
        this.broker = broker;
        this.security = security;
        this.secrets = secrets;
    }

    static synchronized SaslBroker get() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("steppewatch-sasl-");
                SaslSslSecurity security = new SaslSslSecurity(SelfSignedTls.generate(dir.resolve("tls"), STORE_PASSWORD),
                        Map.of("broker", BROKER_PASSWORD, CLIENT_USER, CLIENT_PASSWORD), "broker");
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startSaslSsl(dir.resolve("data"), "127.0.0.1", 0, security);
                Path secrets = Files.createDirectories(dir.resolve("secrets"));
                Files.writeString(secrets.resolve("sasl.jaas.config"),
                        security.clientProperties(CLIENT_USER).get("sasl.jaas.config"), StandardCharsets.UTF_8);
                Files.writeString(secrets.resolve("ca.password"), STORE_PASSWORD, StandardCharsets.UTF_8);
                shared = new SaslBroker(broker, security, secrets);
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "sasl-broker-shutdown"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the SASL_SSL test broker", e);
            }
        }
        return shared;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /**
     * A service's properties file for this broker, secrets by reference: what deploy/k8s/config.yaml's
     * client.properties holds, with this broker's paths.
     */
    String propertiesWithSecretFiles() {
        Map<String, String> client = security.clientProperties(CLIENT_USER);
        return lines(Map.of(
                "bootstrap.servers", bootstrapServers(),
                "kafka.security.protocol", client.get("security.protocol"),
                "kafka.sasl.mechanism", client.get("sasl.mechanism"),
                "kafka.ssl.truststore.type", client.get("ssl.truststore.type"),
                "kafka.ssl.truststore.location", client.get("ssl.truststore.location"),
                "kafka.config.providers", "dir",
                "kafka.config.providers.dir.class", "org.apache.kafka.common.config.provider.DirectoryConfigProvider",
                "kafka.ssl.truststore.password", "${dir:" + secrets + ":ca.password}",
                "kafka.sasl.jaas.config", "${dir:" + secrets + ":sasl.jaas.config}"));
    }

    /** The same settings with the secrets written into the file itself, as a careless operator might. */
    String propertiesWithInlineSecrets(String password) {
        Map<String, String> client = new LinkedHashMap<>(security.clientProperties(CLIENT_USER));
        client.put("sasl.jaas.config", client.get("sasl.jaas.config").replace(CLIENT_PASSWORD, password));
        Map<String, String> file = new LinkedHashMap<>();
        file.put("bootstrap.servers", bootstrapServers());
        client.forEach((key, value) -> file.put("kafka." + key, value));
        return lines(file);
    }

    /** Kafka settings from a properties file, built as the CLI builds them (bootstrap.servers plus kafka.*). */
    static KafkaSettings settingsFrom(Path propertiesFile) {
        LayeredConfig config = LayeredConfig.of(Map.of(), propertiesFile);
        String servers = config.require(ConfigKey.of("bootstrap.servers", null, "Kafka bootstrap servers"));
        return KafkaSettings.of(servers).with(config.withPrefix("kafka."));
    }

    static Path write(Path dir, String name, String properties) {
        try {
            return Files.writeString(dir.resolve(name), properties, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Properties-file text; backslashes doubled because the file format treats them as escapes. */
    private static String lines(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** The trust store that accepts this broker's certificate (what Strimzi's cluster CA ca.p12 is to its clients). */
    Path trustStore() {
        return security.tls().trustStore();
    }

    /** The JAAS line of the client user (what Strimzi writes to the KafkaUser Secret's sasl.jaas.config). */
    String clientJaas() {
        return security.clientProperties(CLIENT_USER).get("sasl.jaas.config");
    }

    List<String> secrets() {
        return List.of(CLIENT_PASSWORD, STORE_PASSWORD, BROKER_PASSWORD);
    }
}
