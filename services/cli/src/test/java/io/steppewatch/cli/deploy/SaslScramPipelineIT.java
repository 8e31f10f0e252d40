package io.steppewatch.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.ops.OpsServer;
import io.steppewatch.ops.ServiceMetrics;
import io.steppewatch.ops.StreamsHealth;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.ledger.Baseline;

/**
 * The pipeline against a broker that requires SASL_SSL with SCRAM-SHA-512: an admin client creates the
 * topics, a producer writes articles, the real processor (Kafka Streams, exactly-once) turns them into
 * analyzed articles, a consumer reads them; every client is configured only by a properties file's
 * {@code bootstrap.servers} and {@code kafka.*} keys, with the secrets in files. Clients without the right
 * credentials are refused.
 */
class SaslScramPipelineIT {

    @TempDir
    static Path dir;

    private static SaslBroker broker;
    private static KafkaSettings settings;

    @BeforeAll
    static void connect() {
        broker = SaslBroker.get();
        settings = SaslBroker.settingsFrom(SaslBroker.write(dir, "steppewatch.properties", broker.propertiesWithSecretFiles()));
    }

    @Test
    void shouldTurnArticlesIntoAnalyzedArticlesWhenEveryClientUsesSaslSsl() throws Exception {
        Topics topics = Topics.withPrefix("sasl-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        assertThat(TopicAdmin.ensure(settings, topics.definitions(), Duration.ofSeconds(60)))
                .hasSize(topics.definitions().size());
        ProcessorConfig config = ProcessorConfig.of(Map.of(
                "bootstrap.servers", settings.bootstrapServers(),
                "topic.prefix", topics.prefix(),
                "processor.application.id", topics.prefix() + "processor",
                "processor.state.dir", dir.resolve("streams").toString()));

        try (ServiceMetrics metrics = ServiceMetrics.create("processor");
             ProcessorApp processor = ProcessorApp.create(config, settings, SaslScramPipelineIT::analyze, Baseline.empty())) {
            KafkaStreams streams = processor.streams();
            metrics.bind(streams, "processor");
            processor.start();
            try (OpsServer ops = OpsServer.start("127.0.0.1", 0, metrics::scrape,
                    StreamsHealth.live(streams), StreamsHealth.ready(streams))) {
                Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> processor.state() == KafkaStreams.State.RUNNING);

                publish(topics.articles(), List.of(article("a1"), article("a2"), article("a3")));
                List<AnalyzedArticle> analyzed = readAll(topics.articlesAnalyzed(), 3);

                assertThat(analyzed).extracting(AnalyzedArticle::getId).containsExactlyInAnyOrder("a1", "a2", "a3");
                assertThat(analyzed).allSatisfy(a -> assertThat(a.getLanguage()).isEqualTo("en"));
                assertThat(get(ops, "/health/ready").statusCode()).isEqualTo(200);
                assertThat(get(ops, "/metrics").body()).contains("kafka_consumer_fetch_manager_records_lag")
                        .contains("service=\"processor\"");
            }
        }
    }

    @Test
    void shouldConnectWithTheKubernetesClientSettingsWhenSecretsAreMountedAsStrimziWritesThem() throws Exception {
        // The client.properties of deploy/k8s/config.yaml, with its two Secret mount points moved to temp dirs.
        String clientProperties = null;
        for (Path file : RepositoryFiles.yamlFiles(RepositoryFiles.root().resolve("deploy/k8s"))) {
            for (var document : RepositoryFiles.yamlDocuments(file)) {
                if (document.at("/data/client.properties").isTextual()) {
                    clientProperties = document.at("/data/client.properties").asText();
                }
            }
        }
        assertThat(clientProperties).as("client.properties in a ConfigMap of deploy/k8s").isNotNull();
        Path ca = Files.createDirectories(dir.resolve("mounts/kafka-ca"));
        Path user = Files.createDirectories(dir.resolve("mounts/kafka-user"));
        Files.copy(broker.trustStore(), ca.resolve("ca.p12"));
        Files.writeString(ca.resolve("ca.password"), SaslBroker.STORE_PASSWORD);
        Files.writeString(user.resolve("sasl.jaas.config"), broker.clientJaas());
        String properties = "bootstrap.servers=" + broker.bootstrapServers() + "\n" + clientProperties
                .replace("/etc/steppewatch/kafka-ca", ca.toString())
                .replace("/etc/steppewatch/kafka-user", user.toString());
        assertThat(properties).doesNotContain(SaslBroker.CLIENT_PASSWORD).doesNotContain(SaslBroker.STORE_PASSWORD);

        KafkaSettings kubernetes = SaslBroker.settingsFrom(SaslBroker.write(dir, "k8s-client.properties", properties));
        String topic = "k8s-" + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(kubernetes.admin())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            // A created topic reaches the broker's metadata cache a moment after the controller accepts it.
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains(topic));
        }
    }

    @Test
    void shouldRefuseClientWhenItConnectsWithoutSasl() {
        Map<String, Object> plaintext = new HashMap<>(KafkaSettings.of(broker.bootstrapServers()).admin());
        plaintext.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        plaintext.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(plaintext)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS)).isInstanceOf(Exception.class);
        }
    }

    @Test
    void shouldRefuseClientWhenPasswordIsWrong() {
        KafkaSettings wrong = SaslBroker.settingsFrom(SaslBroker.write(dir, "wrong.properties",
                broker.propertiesWithInlineSecrets("not-the-password")));
        try (Admin admin = Admin.create(wrong.admin())) {
            assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    static AnalyzedArticle analyze(Article article) {
        return AnalyzedArticle.newBuilder()
                .setId(article.getId()).setUrl(article.getUrl()).setFeed(article.getFeed())
                .setSource(article.getSource()).setTitle(article.getTitle()).setLanguage("en")
                .setPublished(article.getPublished()).setFetched(article.getFetched())
                .setContentHash(article.getContentHash())
                .setTopics(List.of()).setCountries(List.of("KZ")).setFigures(List.of())
                .build();
    }

    static Article article(String id) {
        return Article.newBuilder()
                .setId(id).setUrl("https://news.example.org/" + id).setFeed("https://news.example.org/rss")
                .setSource("Example").setTitle("Kazakhstan trade " + id).setText("Trade grew.")
                .setPublished(Instant.parse("2025-03-01T10:00:00Z")).setFetched(Instant.parse("2025-03-01T11:00:00Z"))
                .setContentHash("hash-" + id).build();
    }

    private static <V> void publish(Topic<String, V> topic, List<V> values) throws Exception {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(settings.producer(),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (V value : values) {
                String key = value instanceof Article a ? a.getId() : null;
                producer.send(new ProducerRecord<>(topic.name(), key, value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static <V> List<V> readAll(Topic<String, V> topic, int expected) {
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(settings.consumer(topic.name() + "-reader"),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
        }
        return values;
    }

    private static HttpResponse<String> get(OpsServer ops, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
