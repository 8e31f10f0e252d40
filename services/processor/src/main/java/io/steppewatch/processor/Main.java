package io.steppewatch.processor;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.steppewatch.config.LayeredConfig;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.schema.TrustedRecords;

/**
 * Runs the processor alone (one deployable per service). Arguments are {@code key=value} settings, and
 * {@code --config FILE} names a properties file; environment variables {@code STEPPEWATCH_*} apply too.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        TrustedRecords.install();
        Map<String, String> overrides = new HashMap<>();
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                file = Path.of(args[++i]);
            } else if (args[i].contains("=")) {
                overrides.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("expected key=value or --config FILE, got '" + args[i] + "'");
            }
        }
        ProcessorConfig config = new ProcessorConfig(LayeredConfig.of(overrides, file));
        KafkaSettings kafka = KafkaSettings.of(config.bootstrapServers()).with(config.kafkaClientProperties());
        TopicAdmin.ensure(kafka, Topics.withPrefix(config.topicPrefix()).definitions());
        TextAnalysis analysis = new TextAnalysis(config.analyzer());
        Baseline baseline = BaselineLoader.load(config.baselineDir(), analysis);
        ProcessorApp app = ProcessorApp.create(config, kafka, analysis, baseline);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "processor-shutdown"));
        app.start();
        LOG.info("Processor {} running against {}", config.applicationId(), kafka.bootstrapServers());
        stopped.await();
    }
}
