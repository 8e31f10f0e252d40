package io.steppewatch.ingester;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;

/**
 * Runs the ingester alone against an existing Kafka cluster: {@code Main [config.properties]}. Settings
 * come from the file, then {@code STEPPEWATCH_*} environment variables, then defaults
 * (see {@link IngesterConfig}). Stops cleanly on Ctrl-C.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        IngesterConfig config;
        try {
            config = IngesterConfig.load(Map.of(), args.length > 0 ? Path.of(args[0]) : null);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            LOG.error("Invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        KafkaSettings settings = KafkaSettings.of(config.bootstrapServers());
        Topics topics = Topics.withPrefix(config.topicPrefix());
        TopicAdmin.ensure(settings, topics.definitions());
        Ingester ingester = Ingester.create(config, settings, topics, new SimpleMeterRegistry());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ingester.stop();
            stopped.countDown();
        }, "steppewatch-ingester-shutdown"));
        ingester.start();
        stopped.await();
    }
}
