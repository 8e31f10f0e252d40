package io.steppewatch.ingester;

import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.config.LayeredConfig;
import io.steppewatch.config.ServiceArgs;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.ops.ServiceOps;

/**
 * Runs the ingester alone against an existing Kafka cluster: {@code Main [--config FILE] [key=value]...}.
 * Settings come from the arguments, the file, then {@code STEPPEWATCH_*} environment variables, then defaults
 * (see {@link IngesterConfig}). Stops cleanly on Ctrl-C.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        LayeredConfig layered;
        IngesterConfig config;
        try {
            layered = ServiceArgs.parse(args).config();
            config = IngesterConfig.from(layered);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            LOG.error("Invalid configuration: {}", e.getMessage());
            System.exit(2);
            return;
        }
        KafkaSettings settings = KafkaSettings.of(config.bootstrapServers()).with(layered.withPrefix("kafka."));
        Topics topics = Topics.withPrefix(config.topicPrefix());
        TopicAdmin.ensure(settings, topics.definitions());
        ServiceOps ops = ServiceOps.start("ingester", layered);
        Ingester ingester = Ingester.create(config, settings, topics, ops.registry());
        ops.health(ingester::alive, ingester::alive);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ingester.stop();
            ops.close();
            stopped.countDown();
        }, "steppewatch-ingester-shutdown"));
        ingester.start();
        stopped.await();
    }
}
