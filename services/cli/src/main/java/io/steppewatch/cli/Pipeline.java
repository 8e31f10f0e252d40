package io.steppewatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.steppewatch.broker.EmbeddedKafkaBroker;
import io.steppewatch.config.CommonKeys;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.ingester.Ingester;
import io.steppewatch.ingester.IngesterConfig;
import io.steppewatch.ingester.IngesterService;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.Notifier;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.NotifierService;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.ProcessorService;

/**
 * Everything {@code steppewatch run} starts, in order: the embedded broker (unless a cluster is given),
 * the processor, the notifier and the ingester. {@link #close()} stops them in reverse. Each service is
 * created from the same settings by its own {@code create(config)}, as when it runs alone; run only adds
 * what it decides (the embedded broker's address, state under the data directory).
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** What a run needs to know besides the settings: where its data and its embedded broker go. */
    public record Settings(Path dataDir, String kafkaHost, int kafkaPort, LayeredConfig config, PrintStream console) {
    }

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final LayeredConfig config;
    private final String bootstrapServers;
    private final boolean embedded;
    private final Topics topics;
    private Ingester ingester;
    private ProcessorApp processor;
    private Notifier notifier;

    private Pipeline(LayeredConfig config, boolean embedded, Topics topics) {
        this.config = config;
        this.bootstrapServers = CommonKeys.bootstrapServers(config);
        this.embedded = embedded;
        this.topics = topics;
    }

    public static Pipeline start(Settings settings, MeterRegistry registry) {
        LayeredConfig config = settings.config().withDefaults(Map.of(
                ProcessorConfig.STATE_DIR.name(), settings.dataDir().resolve("streams").toString(),
                ProcessorConfig.HTTP_PORT.name(), String.valueOf(LedgerCommand.DEFAULT_PORT)));
        // Every service's settings are checked before anything starts: a typo in the ingester's keys should
        // not cost a broker start and a processor rebalance first.
        ProcessorConfig.from(config);
        NotifierConfig.from(config);
        IngesterConfig.from(config);
        Topics topics = CommonKeys.topics(config);
        EmbeddedKafkaBroker broker = null;
        if (!config.isSet(CommonKeys.BOOTSTRAP_SERVERS)) {
            broker = EmbeddedKafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaHost(),
                    settings.kafkaPort(), Map.of());
            config = config.withOverrides(Map.of(CommonKeys.BOOTSTRAP_SERVERS.name(), broker.bootstrapServers()));
        }
        Pipeline pipeline = new Pipeline(config, broker != null, topics);
        if (broker != null) {
            pipeline.running.push(broker);
        }
        try {
            pipeline.startServices(settings.console(), registry);
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        return pipeline;
    }

    private void startServices(PrintStream console, MeterRegistry registry) {
        processor = ProcessorService.create(config, registry);
        processor.start();
        running.push(processor);

        notifier = NotifierService.create(config, console);
        notifier.start();
        running.push(notifier);

        ingester = IngesterService.create(config, registry);
        ingester.start();
        running.push(ingester);
        LOG.info("steppewatch running against Kafka at {}", bootstrapServers);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The settings the services were created from, with what run decided (broker address, state directory). */
    public LayeredConfig config() {
        return config;
    }

    public boolean embeddedBroker() {
        return embedded;
    }

    public Topics topics() {
        return topics;
    }

    public Ingester ingester() {
        return ingester;
    }

    public ProcessorApp processor() {
        return processor;
    }

    public Notifier notifier() {
        return notifier;
    }

    /** Every service's threads are running (the ops liveness probe under {@code run}). */
    public boolean alive() {
        return ingester != null && ingester.alive() && notifier != null && notifier.alive()
                && processor != null && processor.state() != KafkaStreams.State.ERROR
                && processor.state() != KafkaStreams.State.NOT_RUNNING;
    }

    /** Alive, the processor is running and every subscription has its assignment. */
    public boolean ready() {
        return alive() && processor.state() == KafkaStreams.State.RUNNING && notifier.ready();
    }

    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            AutoCloseable component = running.pop();
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("Error while stopping {}: {}", component.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
