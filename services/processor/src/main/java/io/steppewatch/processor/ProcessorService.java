package io.steppewatch.processor;

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
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.schema.TrustedRecords;

/**
 * The processor's one entry point from settings: {@code steppewatch run}, {@code steppewatch processor} and
 * the processor image all go through {@link #create}, so they read the same keys the same way.
 */
public final class ProcessorService {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorService.class);

    private ProcessorService() {
    }

    /**
     * Validates every processor setting, creates the topics that are missing, loads the analysis and the
     * baseline, and returns the application, not yet started.
     *
     * @throws io.steppewatch.config.ConfigException naming the first key that is unknown or wrong
     */
    public static ProcessorApp create(LayeredConfig config, MeterRegistry registry) {
        ProcessorConfig settings = ProcessorConfig.from(config);
        KafkaSettings kafka = CommonKeys.kafka(config);
        Topics topics = CommonKeys.topics(config);
        TopicAdmin.ensure(kafka, topics.definitions());
        TextAnalysis analysis = new TextAnalysis(settings.analyzer());
        Baseline baseline = BaselineLoader.load(settings.baselineDir(), analysis);
        LOG.info("Processor {} against Kafka at {}", settings.applicationId(), kafka.describe());
        return ProcessorApp.create(settings, kafka, analysis, baseline, registry);
    }

    /** Runs the processor alone, with its ops endpoints, until the JVM is asked to stop. */
    public static void run(LayeredConfig config) throws InterruptedException {
        TrustedRecords.install();
        ProcessorConfig.from(config);
        ServiceOps ops = ServiceOps.start("processor", config);
        ProcessorApp app;
        try {
            app = create(config, ops.registry());
        } catch (RuntimeException e) {
            ops.close();
            throw e;
        }
        ops.watch(app.streams());
        app.start();
        LOG.info("Processor running; stop it with SIGTERM or Ctrl-C");
        ServiceShutdown.awaitThenClose("processor", app, ops);
    }
}
