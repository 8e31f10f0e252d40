package io.steppewatch.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.avro.AnalyzedArticle;
import io.steppewatch.avro.Article;
import io.steppewatch.broker.EmbeddedKafkaBroker;
import io.steppewatch.broker.SaslSslSecurity;
import io.steppewatch.broker.SelfSignedTls;
import io.steppewatch.kafka.Acls;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topic;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.ledger.Baseline;

/**
 * The ACLs of {@link Acls} (the ones deploy/k8s/users.yaml gives each KafkaUser) on a broker that
 * authenticates with SCRAM and authorises with {@code StandardAuthorizer}, denying whatever no ACL allows:
 * each service can do its job under its own principal, and nothing more.
 */
class AclEnforcementIT {

    private static final String BROKER_USER = "broker";

    @TempDir
    static Path dir;

    private static EmbeddedKafkaBroker broker;
    private static SaslSslSecurity security;
    private static final Topics TOPICS = Topics.defaults();

    @BeforeAll
    static void startBrokerWithAcls() throws Exception {
        Map<String, String> users = new LinkedHashMap<>();
        users.put(BROKER_USER, "acl-broker-pw-3b9d");
        for (String user : Acls.byUser().keySet()) {
            users.put(user, "acl-" + user + "-pw");
        }
        security = new SaslSslSecurity(SelfSignedTls.generate(Files.createDirectories(dir.resolve("tls")), "acl-store-pw"),
                users, BROKER_USER);
        broker = EmbeddedKafkaBroker.startSaslSsl(dir.resolve("data"), "127.0.0.1", 0, security, Map.of(
                "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                // The broker's own user, and the in-process controller listener (PLAINTEXT, hence ANONYMOUS).
                "super.users", "User:" + BROKER_USER + ";User:ANONYMOUS",
                "allow.everyone.if.no.acl.found", "false"));
        KafkaSettings admin = as(BROKER_USER);
        TopicAdmin.ensure(admin, TOPICS.definitions());
        List<AclBinding> bindings = new ArrayList<>();
        Acls.byUser().keySet().forEach(user -> bindings.addAll(Acls.bindings(user)));
        try (Admin client = Admin.create(admin.admin())) {
            client.createAcls(bindings).all().get(60, TimeUnit.SECONDS);
            // The broker's authorizer learns new ACLs from the metadata log, a moment after the call returns.
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                    client.describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS).size() >= bindings.size());
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldRefuseTheIngesterWhenItWritesAlertsButLetItWriteArticles() throws Exception {
        try (KafkaProducer<String, Article> producer = producer(Acls.INGESTER, TOPICS.articles())) {
            producer.send(new ProducerRecord<>(TOPICS.articles().name(), "ok", SaslScramPipelineIT.article("ok")))
                    .get(60, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(refusedQuickly(as(Acls.INGESTER).producer()),
                new StringSerializer(), new ByteArraySerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPICS.alerts().name(), "fake", new byte[] {1}))
                    .get(60, TimeUnit.SECONDS))
                    .as("the ingester's credential must not be able to post an alert")
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void shouldRefuseTheCliWhenItWritesArticles() {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(refusedQuickly(as(Acls.CLI).producer()),
                TOPICS.articles().keySerde().serializer(), TOPICS.articles().valueSerde().serializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPICS.articles().name(), "x",
                    SaslScramPipelineIT.article("x"))).get(60, TimeUnit.SECONDS))
                    .as("a credential with no write rights at all is refused an idempotent producer id")
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(AuthorizationException.class);
        }
    }

    @Test
    void shouldRunEachServiceUnderItsOwnPrincipalWhenAclsAreEnforced() throws Exception {
        // A service that ensures every topic is told it may not create the ones it cannot see, and goes on.
        TopicAdmin.ensure(as(Acls.INGESTER), TOPICS.definitions());

        ProcessorConfig config = ProcessorConfig.of(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                "processor.application.id", Acls.PROCESSOR_APPLICATION_ID,
                "processor.state.dir", dir.resolve("streams").toString()));
        try (ProcessorApp processor = ProcessorApp.create(config, as(Acls.PROCESSOR), SaslScramPipelineIT::analyze,
                Baseline.empty())) {
            processor.start();
            Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> processor.state() == KafkaStreams.State.RUNNING);
            try (KafkaProducer<String, Article> producer = producer(Acls.INGESTER, TOPICS.articles())) {
                producer.send(new ProducerRecord<>(TOPICS.articles().name(), "acl-1", SaslScramPipelineIT.article("acl-1")))
                        .get(60, TimeUnit.SECONDS);
            }
            // Exactly-once under the processor's principal (group, transactional id, internal topics), read by the CLI's.
            assertThat(readAll(Acls.CLI, TOPICS.articlesAnalyzed(), "acl-1")).extracting(AnalyzedArticle::getId)
                    .contains("acl-1");
        }
    }

    private static KafkaSettings as(String user) {
        return KafkaSettings.of(broker.bootstrapServers()).with(security.clientProperties(user));
    }

    private static Map<String, Object> refusedQuickly(Map<String, Object> producer) {
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 20_000);
        return producer;
    }

    private static <V> KafkaProducer<String, V> producer(String user, Topic<String, V> topic) {
        return new KafkaProducer<>(as(user).producer(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    /** Reads the topic from the beginning by assignment, as the CLI does, until a record with {@code key} arrives. */
    private static <V> List<V> readAll(String user, Topic<String, V> topic, String key) {
        List<V> values = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(as(user).consumer(null),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> {
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                    keys.add(record.key());
                }
                return keys.contains(key);
            });
        }
        return values;
    }
}
