package io.steppewatch.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.AlertKind;
import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.avro.Figure;
import io.steppewatch.avro.Measure;
import io.steppewatch.avro.Severity;
import io.steppewatch.broker.EmbeddedKafkaBroker;
import io.steppewatch.broker.SaslSslSecurity;
import io.steppewatch.broker.SelfSignedTls;
import io.steppewatch.ingester.publish.FeedValidatorStore;
import io.steppewatch.ingester.publish.KafkaArticleSink;
import io.steppewatch.ingester.publish.KafkaFeedValidatorStore;
import io.steppewatch.ingester.publish.PublishedLedger;
import io.steppewatch.kafka.Acls;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.Notifier;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.subscription.AlertFilter;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.notifier.subscription.WebhookUrl;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.ledger.Baseline;

/**
 * The ACLs of {@link Acls} on a real broker that authorises: the embedded broker with SASL_SSL + SCRAM and
 * Kafka's {@code StandardAuthorizer}, one SCRAM user per service as in deploy/k8s, the ACLs applied by an
 * admin through the Admin client. A service may do what its ACLs grant and nothing else; the processor runs
 * end to end on its own ACLs alone (internal topics, consumer group, transactions), the notifier delivers an
 * alert on its own (subscription group, delivery log), and the ingester publishes and recovers on its own.
 */
class AclEnforcementIT {

    private static final String ADMIN = "admin";
    private static final String APPLICATION_ID = "acl-processor";
    private static final String NOTIFIER_GROUP = "acl-notifier";
    /** A topic prefix, to show that the ACLs follow it as the services' topic names do. */
    private static final Topics TOPICS = Topics.withPrefix("acl-");

    @TempDir
    static Path dir;

    private static EmbeddedKafkaBroker broker;
    private static SaslSslSecurity security;

    @BeforeAll
    static void startAuthorisingBroker() throws Exception {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("broker", "broker-pw-91ab");
        users.put(ADMIN, "admin-pw-27cd");
        for (String service : Acls.defaults().byService().keySet()) {
            users.put(principalName(service), service + "-pw-5e0f");
        }
        security = new SaslSslSecurity(SelfSignedTls.generate(dir.resolve("tls"), "store-pw-3a7b"), users, "broker");
        broker = EmbeddedKafkaBroker.startSaslSsl(dir.resolve("data"), "127.0.0.1", 0, security, Map.of(
                "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                // ANONYMOUS is the broker on its PLAINTEXT controller listener (in-process, never a client's).
                "super.users", "User:broker;User:" + ADMIN + ";User:ANONYMOUS",
                "allow.everyone.if.no.acl.found", "false"));

        KafkaSettings admin = as(ADMIN);
        assertThat(TopicAdmin.ensure(admin, TOPICS.definitions())).hasSize(TOPICS.definitions().size());
        List<AclBinding> bindings = new ArrayList<>();
        Acls.of(TOPICS, APPLICATION_ID, NOTIFIER_GROUP).byService().forEach((service, grants) ->
                grants.forEach(grant -> bindings.addAll(grant.bindings("User:" + principalName(service)))));
        try (Admin client = Admin.create(admin.admin())) {
            client.createAcls(bindings).all().get(30, TimeUnit.SECONDS);
            // The broker's authorizer learns the ACLs from the metadata log: wait until it answers with all of them.
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    client.describeAcls(AclBindingFilter.ANY).values().get(10, TimeUnit.SECONDS).size() == bindings.size());
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldRefuseIngesterWhenItWritesAlertsAndAcceptItWhenItWritesArticles() throws Exception {
        try (KafkaProducer<String, Alert> producer = producer(Acls.INGESTER, TOPICS.alerts())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPICS.alerts().name(), "forged", null))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaProducer<String, Article> producer = producer(Acls.INGESTER, TOPICS.articles())) {
            assertThat(producer.send(new ProducerRecord<>(TOPICS.articles().name(), "ingested",
                    SaslScramPipelineIT.article("ingested"))).get(30, TimeUnit.SECONDS).offset()).isNotNegative();
        }
    }

    @Test
    void shouldPublishAndRecoverWhenTheIngesterUsesOnlyItsOwnAcls() {
        // The ingester's own Kafka classes: it publishes, and at start-up reads back what it published and
        // the feeds' validators.
        try (KafkaFeedValidatorStore validators = new KafkaFeedValidatorStore(as(Acls.INGESTER), TOPICS.ingesterState())) {
            validators.save("https://news.example.org/rss", new FeedValidatorStore.Validators("\"v1\"", null));
        }
        try (KafkaArticleSink sink = new KafkaArticleSink(as(Acls.INGESTER), TOPICS.articles())) {
            sink.publish(SaslScramPipelineIT.article("recovered")).join();
            sink.flush();

            PublishedLedger ledger = new PublishedLedger();
            sink.recover(ledger);
            assertThat(ledger.get("recovered")).as("article read back by the ingester").isNotNull();
            try (KafkaFeedValidatorStore reread = new KafkaFeedValidatorStore(as(Acls.INGESTER), TOPICS.ingesterState())) {
                assertThat(reread.load()).containsKey("https://news.example.org/rss");
            }
        }
    }

    @Test
    void shouldRefuseNotifierWhenItWritesAlerts() {
        try (KafkaProducer<String, Alert> producer = producer(Acls.NOTIFIER, TOPICS.alertsFor("trade"))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPICS.alertsFor("trade").name(), "forged", null))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void shouldRefuseCliWhenItWritesArticles() {
        try (KafkaProducer<String, Article> producer = producer(Acls.CLI, TOPICS.articles())) {
            Throwable thrown = catchThrowable(() -> producer.send(new ProducerRecord<>(TOPICS.articles().name(),
                    "forged", SaslScramPipelineIT.article("forged"))).get(30, TimeUnit.SECONDS));
            // Refused either way: the send's future fails with the authorization error, or, when the broker's refusal
            // of a producer id reached the producer first, send itself throws with that error as its cause.
            assertThat(thrown).as("the CLI's write to articles").isNotNull();
            assertThat(Stream.iterate(thrown, Objects::nonNull, Throwable::getCause))
                    .anyMatch(AuthorizationException.class::isInstance);
        }
    }

    @Test
    void shouldCreateNothingAndFailNothingWhenServicesEnsureTopicsTheyMayNotCreate() {
        for (String service : List.of(Acls.INGESTER, Acls.PROCESSOR, Acls.NOTIFIER)) {
            assertThat(TopicAdmin.ensure(as(service), TOPICS.definitions(), Duration.ofSeconds(30)))
                    .as("topics %s created", service).isEmpty();
        }
    }

    @Test
    void shouldTurnArticlesIntoAnalyzedArticlesWhenProcessorHasOnlyItsOwnAcls() throws Exception {
        ProcessorConfig config = ProcessorConfig.of(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "topic.prefix", TOPICS.prefix(),
                "processor.application.id", APPLICATION_ID,
                "processor.state.dir", dir.resolve("streams").toString()));
        try (ProcessorApp processor = ProcessorApp.create(config, as(Acls.PROCESSOR), SaslScramPipelineIT::analyze,
                Baseline.empty())) {
            processor.start();
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> processor.state() == KafkaStreams.State.RUNNING);
            try (KafkaProducer<String, Article> producer = producer(Acls.INGESTER, TOPICS.articles())) {
                for (String id : List.of("p1", "p2", "p3")) {
                    producer.send(new ProducerRecord<>(TOPICS.articles().name(), id, SaslScramPipelineIT.article(id)))
                            .get(30, TimeUnit.SECONDS);
                }
            }
            // Read back with the read-only CLI credential, as `steppewatch tail` would.
            List<String> ids = new ArrayList<>();
            Topic<String, AnalyzedArticle> analyzed = TOPICS.articlesAnalyzed();
            try (KafkaConsumer<String, AnalyzedArticle> consumer = new KafkaConsumer<>(as(Acls.CLI).consumer(null),
                    analyzed.keySerde().deserializer(), analyzed.valueSerde().deserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (PartitionInfo partition : consumer.partitionsFor(analyzed.name())) {
                    partitions.add(new TopicPartition(analyzed.name(), partition.partition()));
                }
                consumer.assign(partitions);
                Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
                    for (ConsumerRecord<String, AnalyzedArticle> record : consumer.poll(Duration.ofMillis(500))) {
                        ids.add(record.key());
                    }
                    return ids.containsAll(List.of("p1", "p2", "p3"));
                });
            }
            // Alive on its grants alone (a follow-up rebalance may be under way, but nothing failed).
            assertThat(processor.state().isRunningOrRebalancing()).isTrue();
        }
    }

    @Test
    void shouldDeliverAnAlertWhenTheNotifierHasOnlyItsOwnAcls() throws Exception {
        List<String> posts = new CopyOnWriteArrayList<>();
        HttpServer slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slack.createContext("/hooks/trade", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        slack.start();
        try {
            Topic<String, Alert> trade = TOPICS.alertsFor("trade");
            try (KafkaProducer<String, Alert> producer = producer(Acls.PROCESSOR, trade)) {
                producer.send(new ProducerRecord<>(trade.name(), "acl-alert-1", alert("acl-alert-1"))).get(30, TimeUnit.SECONDS);
            }
            NotifierConfig config = NotifierConfig.of(Map.of(NotifierConfig.GROUP_ID.name(), NOTIFIER_GROUP));
            Subscription desk = new Subscription("trade-desk",
                    WebhookUrl.parse("http://127.0.0.1:" + slack.getAddress().getPort() + "/hooks/trade"), List.of("trade"),
                    AlertFilter.ANY);
            try (Notifier notifier = new Notifier(config, as(Acls.NOTIFIER), TOPICS, List.of(desk), System.out).start()) {
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !posts.isEmpty());
            }
            assertThat(posts).singleElement().asString().contains("Kazakhstan-China trade");

            // The delivery was recorded (notifier-deliveries), readable with the CLI's read-only user.
            List<String> keys = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(as(Acls.CLI).consumer(null),
                    new StringDeserializer(), new StringDeserializer())) {
                String deliveries = TOPICS.notifierDeliveries().name();
                List<TopicPartition> partitions = new ArrayList<>();
                consumer.partitionsFor(deliveries).forEach(p -> partitions.add(new TopicPartition(deliveries, p.partition())));
                consumer.assign(partitions);
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                    consumer.poll(Duration.ofMillis(500)).forEach(record -> keys.add(record.key()));
                    return !keys.isEmpty();
                });
            }
            assertThat(keys).anySatisfy(key -> assertThat(key).contains("trade-desk").contains("acl-alert-1"));
        } finally {
            slack.stop(0);
        }
    }

    private static Alert alert(String id) {
        Figure figure = Figure.newBuilder()
                .setValue(2.36e10).setUnit("USD").setMeasure(Measure.AMOUNT).setMetric("trade.turnover")
                .setSubjects(List.of("KZ", "CN")).setPeriod("2024").setText("23.6 billion dollars")
                .setSentence("Trade between Kazakhstan and China reached 23.6 billion dollars in 2024.")
                .setArticleId("article-" + id).setOffset(12).build();
        return Alert.newBuilder()
                .setId(id).setKind(AlertKind.NEW_METRIC).setTopics(List.of("trade")).setFigure(figure)
                .setCompared(List.of()).setChange(null).setSeverity(Severity.HIGH)
                .setArticleId("article-" + id).setArticleUrl("https://news.example.org/articles/" + id)
                .setArticleTitle("Kazakhstan-China trade hits a record").setSource("Example News")
                .setPublished(Instant.parse("2025-01-20T08:00:00Z")).setDetected(Instant.parse("2025-01-20T09:00:00Z"))
                .build();
    }

    /** The KafkaUser name of a service in deploy/k8s: steppewatch-ingester, ..., steppewatch-cli. */
    static String principalName(String service) {
        return DeployFiles.userName(service);
    }

    private static KafkaSettings as(String serviceOrAdmin) {
        String user = serviceOrAdmin.equals(ADMIN) ? ADMIN : principalName(serviceOrAdmin);
        return KafkaSettings.of(broker.bootstrapServers()).with(security.clientProperties(user));
    }

    private static <V> KafkaProducer<String, V> producer(String service, Topic<String, V> topic) {
        Map<String, Object> config = as(service).producer();
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 20_000);
        return new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }
}
