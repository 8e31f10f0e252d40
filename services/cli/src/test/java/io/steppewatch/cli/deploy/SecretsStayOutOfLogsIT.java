package io.steppewatch.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpServer;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.Measure;
import io.steppewatch.avro.Severity;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.Notifier;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.SubscriptionsLoader;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.ledger.Baseline;

/**
 * Secrets never reach a log line: Kafka passwords (SCRAM, trust store) while every kind of client starts,
 * works and fails to authenticate, and Slack webhook URLs while the notifier delivers, retries and
 * dead-letters. Each test first checks that the events it searches were really captured.
 */
class SecretsStayOutOfLogsIT {

    private static final String WRONG_PASSWORD = "wrong-pw-93be20";
    private static final String TOKEN_OK = "tokOK4f1a9c7e2d";
    private static final String TOKEN_REJECTED = "tokREJ8b3e6d1f0";
    private static final String TOKEN_DOWN = "tokDOWN2c7a5e9b4";

    @TempDir
    static Path dir;

    private static SaslBroker broker;
    private HttpServer slack;

    @BeforeAll
    static void connect() {
        broker = SaslBroker.get();
    }

    @AfterEach
    void stopSlack() {
        if (slack != null) {
            slack.stop(0);
        }
    }

    @Test
    void shouldKeepKafkaPasswordsOutOfLogsWhenClientsStartWorkAndFail() throws Exception {
        // Secrets written into the properties file itself: the case where only masking protects them.
        KafkaSettings settings = SaslBroker.settingsFrom(SaslBroker.write(dir, "inline.properties",
                broker.propertiesWithInlineSecrets(SaslBroker.CLIENT_PASSWORD)));
        KafkaSettings wrong = SaslBroker.settingsFrom(SaslBroker.write(dir, "wrong.properties",
                broker.propertiesWithInlineSecrets(WRONG_PASSWORD)));
        Topics topics = Topics.withPrefix("logs-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        String log;
        try (LogCapture capture = new LogCapture()) {
            LoggerFactory.getLogger(SecretsStayOutOfLogsIT.class).info("Kafka settings: {}", settings);
            TopicAdmin.ensure(settings, topics.definitions());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings.producer(),
                    new StringSerializer(), new StringSerializer());
                 KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings.consumer(topics.prefix() + "reader"),
                         new StringDeserializer(), new StringDeserializer())) {
                producer.send(new ProducerRecord<>(topics.notifierDeliveries().name(), "k", "v")).get(30, TimeUnit.SECONDS);
                consumer.subscribe(List.of(topics.notifierDeliveries().name()));
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !consumer.poll(Duration.ofMillis(200)).isEmpty());
            }
            ProcessorConfig config = ProcessorConfig.of(Map.of("bootstrap.servers", settings.bootstrapServers(),
                    "topic.prefix", topics.prefix(), "processor.application.id", topics.prefix() + "processor",
                    "processor.state.dir", dir.resolve("streams").toString()));
            try (ProcessorApp processor = ProcessorApp.create(config, settings, SaslScramPipelineIT::analyze, Baseline.empty())) {
                processor.start();
                Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> processor.state() == KafkaStreams.State.RUNNING);
            }
            try (Admin admin = Admin.create(wrong.admin())) {
                assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS)).hasMessageContaining("Authentication failed");
            }
            log = capture.text();
        }

        assertThat(log).as("the clients' configuration dumps were captured")
                .contains("ProducerConfig values", "ConsumerConfig values", "AdminClientConfig values", "StreamsConfig values")
                .contains("sasl.jaas.config = [hidden]")
                .contains("Authentication failed");
        for (String secret : List.of(SaslBroker.CLIENT_PASSWORD, SaslBroker.STORE_PASSWORD, WRONG_PASSWORD)) {
            assertThat(log).as("log lines").doesNotContain(secret);
        }
    }

    @Test
    void shouldKeepWebhookUrlsOutOfLogsWhenNotifierDeliversRetriesAndDeadLetters() throws Exception {
        Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
        slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slack.createContext("/services/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            exchange.getRequestBody().readAllBytes();
            int count = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            // The good webhook fails once (retried), the other is gone for good (dead-lettered).
            int status = path.endsWith(TOKEN_OK) ? (count == 1 ? 500 : 200) : 404;
            byte[] body = (status == 200 ? "ok" : status == 404 ? "no_service" : "internal_error").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        slack.start();
        String base = "http://127.0.0.1:" + slack.getAddress().getPort() + "/services/T000/B000/";
        Map<String, String> environment = Map.of(
                "SLACK_OK_WEBHOOK", base + TOKEN_OK,
                "SLACK_REJECTED_WEBHOOK", base + TOKEN_REJECTED,
                "SLACK_DOWN_WEBHOOK", "http://127.0.0.1:" + closedPort() + "/services/T000/B000/" + TOKEN_DOWN);
        List<Subscription> subscriptions = new SubscriptionsLoader(environment::get).parse(String.join("\n",
                "subscriptions:",
                "  - name: ok-desk", "    webhookEnv: SLACK_OK_WEBHOOK", "    topics: [trade]",
                "  - name: rejected-desk", "    webhookEnv: SLACK_REJECTED_WEBHOOK", "    topics: [trade]",
                "  - name: down-desk", "    webhookEnv: SLACK_DOWN_WEBHOOK", "    topics: [trade]", ""), "test", dir);
        KafkaSettings settings = SaslBroker.settingsFrom(SaslBroker.write(dir, "notifier.properties",
                broker.propertiesWithSecretFiles()));
        Topics topics = Topics.withPrefix("hooks-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        TopicAdmin.ensure(settings, topics.definitions());
        NotifierConfig config = NotifierConfig.of(Map.of(
                "bootstrap.servers", settings.bootstrapServers(),
                "topic.prefix", topics.prefix(),
                "notifier.group.id", topics.prefix() + "notifier",
                "notifier.webhook.interval.ms", "0",
                "notifier.retry.initial.ms", "20",
                "notifier.retry.max.ms", "100"));

        String log;
        try (LogCapture capture = new LogCapture()) {
            LoggerFactory.getLogger(io.steppewatch.notifier.Main.class)
                    .info("Starting the notifier with {} subscription(s): {}", subscriptions.size(), subscriptions);
            publish(settings, topics.alertsFor("trade"), alert("alert-1"));
            try (Notifier notifier = new Notifier(config, settings, topics, subscriptions,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).start()) {
                Awaitility.await().atMost(Duration.ofSeconds(90)).until(() ->
                        hits.getOrDefault("/services/T000/B000/" + TOKEN_OK, new AtomicInteger()).get() >= 2
                                && hits.getOrDefault("/services/T000/B000/" + TOKEN_REJECTED, new AtomicInteger()).get() >= 1
                                && capture.text().contains("down-desk") && capture.text().contains("rejected-desk")
                                && capture.text().contains("retrying"));
            }
            log = capture.text();
        }

        assertThat(log).as("delivery, retry and dead-letter events were captured")
                .contains("ok-desk", "rejected-desk", "down-desk", "retrying");
        for (String token : List.of(TOKEN_OK, TOKEN_REJECTED, TOKEN_DOWN, SaslBroker.CLIENT_PASSWORD, SaslBroker.STORE_PASSWORD)) {
            assertThat(log).as("log lines").doesNotContain(token);
        }
    }

    private static void publish(KafkaSettings settings, Topic<String, Alert> topic, Alert alert) throws Exception {
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(settings.producer(),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), alert.getId(), alert)).get(30, TimeUnit.SECONDS);
        }
    }

    private static Alert alert(String id) {
        Figure figure = Figure.newBuilder().setValue(2.36e10).setUnit("USD").setMeasure(Measure.AMOUNT)
                .setMetric("trade.turnover").setSubjects(List.of("KZ", "CN")).setPeriod("2024")
                .setText("23.6 billion dollars").setSentence("Trade between Kazakhstan and China reached 23.6 billion dollars in 2024.")
                .setArticleId("article-" + id).setOffset(0).build();
        return Alert.newBuilder().setId(id).setKind(AlertKind.NEW_METRIC).setTopics(List.of("trade")).setFigure(figure)
                .setCompared(List.of()).setChange(null).setSeverity(Severity.HIGH).setArticleId("article-" + id)
                .setArticleUrl("https://news.example.org/" + id).setArticleTitle("Kazakhstan-China trade hits a record")
                .setSource("Example News").setPublished(Instant.parse("2025-01-20T08:00:00Z"))
                .setDetected(Instant.parse("2025-01-20T09:00:00Z")).build();
    }

    /** A loopback port with nothing listening, so deliveries there fail to connect. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
