package io.steppewatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

import io.steppewatch.broker.EmbeddedKafkaBroker;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;

/**
 * Hands integration tests a real Kafka broker.
 *
 * <p>With a Docker engine, a Testcontainers Kafka container; without one, the same embedded KRaft broker
 * that {@code steppewatch run} uses. The environment variable {@code STEPPEWATCH_TEST_BROKER}
 * ({@code embedded}, {@code container} or {@code auto}, the default) forces either. One broker serves the
 * whole test JVM; tests isolate themselves with {@link #newTopics()} and their own group ids.
 *
 * <pre>{@code @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();}</pre>
 */
public final class KafkaBrokerExtension implements BeforeAllCallback {

    public static final String MODE_VARIABLE = "STEPPEWATCH_TEST_BROKER";
    static final String KAFKA_IMAGE = "apache/kafka:4.3.1";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerExtension.class);
    private static TestBroker shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker();
    }

    /** The JVM's broker, started on first use. */
    public static synchronized TestBroker broker() {
        if (shared == null) {
            shared = startBroker(mode(System.getenv(MODE_VARIABLE)));
            TestBroker toClose = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(toClose::close, "test-broker-shutdown"));
        }
        return shared;
    }

    public String bootstrapServers() {
        return broker().bootstrapServers();
    }

    public KafkaSettings settings() {
        return KafkaSettings.of(bootstrapServers());
    }

    /** A fresh set of all our topics under a unique prefix, created on the broker. */
    public Topics newTopics() {
        Topics topics = Topics.withPrefix("it-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        TopicAdmin.ensure(settings(), topics.definitions());
        return topics;
    }

    /** A group or application id no other test uses. */
    public static String uniqueId(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String mode(String value) {
        String mode = value == null || value.isBlank() ? "auto" : value.trim().toLowerCase(Locale.ROOT);
        if (!mode.equals("auto") && !mode.equals("embedded") && !mode.equals("container")) {
            throw new IllegalArgumentException(MODE_VARIABLE + " must be auto, embedded or container, got '" + value + "'");
        }
        return mode;
    }

    private static TestBroker startBroker(String mode) {
        boolean container = switch (mode) {
            case "container" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        TestBroker broker = container ? startContainer() : startEmbedded();
        LOG.info("Integration tests use a {} Kafka broker at {}", broker.kind(), broker.bootstrapServers());
        return broker;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestBroker startContainer() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        container.start();
        return new TestBroker() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public String kind() {
                return "container";
            }

            @Override
            public void close() {
                container.stop();
            }
        };
    }

    private static TestBroker startEmbedded() {
        Path dir;
        try {
            dir = Files.createTempDirectory("steppewatch-it-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the test broker", e);
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, "127.0.0.1", 0, Map.of());
        return new TestBroker() {
            @Override
            public String bootstrapServers() {
                return broker.bootstrapServers();
            }

            @Override
            public String kind() {
                return "embedded";
            }

            @Override
            public void close() {
                broker.close();
                deleteQuietly(dir);
            }
        };
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
