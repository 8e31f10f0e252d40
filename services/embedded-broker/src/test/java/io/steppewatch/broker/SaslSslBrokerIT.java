package io.steppewatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaslSslBrokerIT {

    @TempDir
    static Path dir;

    private static SaslSslSecurity security;
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        security = new SaslSslSecurity(SelfSignedTls.generate(dir.resolve("tls"), "tls-store-pass"),
                Map.of("broker", "broker-pass", "ingester", "ingester-pass"), "broker");
        broker = EmbeddedKafkaBroker.startSaslSsl(dir.resolve("data"), "127.0.0.1", 0, security);
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldCreateTopicWhenClientAuthenticatesWithScramOverTls() throws Exception {
        try (Admin admin = Admin.create(client(security.clientProperties("ingester")))) {
            admin.createTopics(List.of(new NewTopic("secured", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);

            // The broker's metadata cache learns of the topic a moment after the controller accepts it.
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains("secured"));
        }
    }

    @Test
    void shouldRefuseClientWhenPasswordIsWrong() {
        Map<String, String> wrong = new HashMap<>(security.clientProperties("ingester"));
        wrong.put("sasl.jaas.config", SaslSslSecurity.jaas("ingester", "not-the-password"));
        try (Admin admin = Admin.create(client(wrong))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void shouldRefuseClientWhenItSpeaksPlaintext() {
        try (Admin admin = Admin.create(client(Map.of()))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(5, TimeUnit.SECONDS))
                    .isInstanceOf(Exception.class);
        }
    }

    @Test
    void shouldListOnlyTheSaslSslListenerWhenAdvertising() {
        assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
        assertThat(security.scramArguments()).allSatisfy(argument -> assertThat(argument).startsWith("SCRAM-SHA-512=[name="));
    }

    private static Map<String, Object> client(Map<String, String> properties) {
        Map<String, Object> config = new HashMap<>(properties);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return config;
    }
}
