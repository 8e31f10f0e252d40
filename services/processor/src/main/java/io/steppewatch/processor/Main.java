package io.steppewatch.processor;

import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.config.LayeredConfig;
import io.steppewatch.config.ServiceArgs;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.ops.ServiceOps;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.schema.TrustedRecords;

/**
 * Runs the processor alone (one deployable per service): {@code Main [--config FILE] [key=value]...}; the
 * {@code STEPPEWATCH_*} environment variables apply too. Serves metrics and health on {@code ops.port}.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        TrustedRecords.install();
        LayeredConfig layered = ServiceArgs.parse(args).config();
        ProcessorConfig config = new ProcessorConfig(layered);
        KafkaSettings kafka = KafkaSettings.of(config.bootstrapServers()).with(config.kafkaClientProperties());
        TopicAdmin.ensure(kafka, Topics.withPrefix(config.topicPrefix()).definitions());
        TextAnalysis analysis = new TextAnalysis(config.analyzer());
        Baseline baseline = BaselineLoader.load(config.baselineDir(), analysis);
        ServiceOps ops = ServiceOps.start("processor", layered);
        ProcessorApp app = ProcessorApp.create(config, kafka, analysis, baseline, ops.registry());
        ops.watch(app.streams());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            ops.close();
            stopped.countDown();
        }, "processor-shutdown"));
        app.start();
        LOG.info("Processor {} running against {}", config.applicationId(), kafka.bootstrapServers());
        stopped.await();
    }
}
