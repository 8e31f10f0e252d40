package io.steppewatch.ingester;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.steppewatch.config.CommonKeys;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.ops.ServiceOps;
import io.steppewatch.ops.ServiceShutdown;

/**
 * The ingester's one entry point from settings: {@code steppewatch run}, {@code steppewatch ingester} and the
 * ingester image all go through {@link #create}, so they read the same keys the same way.
 */
public final class IngesterService {

    private static final Logger LOG = LoggerFactory.getLogger(IngesterService.class);

    private IngesterService() {
    }

    /**
     * Validates every ingester setting, creates the topics that are missing and returns the ingester, not
     * yet started.
     *
     * @throws io.steppewatch.config.ConfigException naming the first key that is unknown or wrong
     */
    public static Ingester create(LayeredConfig config, MeterRegistry registry) {
        IngesterConfig settings = IngesterConfig.from(config);
        KafkaSettings kafka = CommonKeys.kafka(config);
        Topics topics = CommonKeys.topics(config);
        TopicAdmin.ensure(kafka, topics.definitions());
        LOG.info("Ingester with {} feed(s) against Kafka at {}", settings.feeds().size(), kafka.describe());
        return Ingester.create(settings, kafka, topics, registry);
    }

    /** Runs the ingester alone, with its ops endpoints, until the JVM is asked to stop. */
    public static void run(LayeredConfig config) throws InterruptedException {
        IngesterConfig.from(config);
        ServiceOps ops = ServiceOps.start("ingester", config);
        Ingester ingester;
        try {
            ingester = create(config, ops.registry());
        } catch (RuntimeException e) {
            ops.close();
            throw e;
        }
        ops.health(ingester::alive, ingester::alive);
        ingester.start();
        LOG.info("Ingester running; stop it with SIGTERM or Ctrl-C");
        ServiceShutdown.awaitThenClose("ingester", ingester, ops);
    }
}
