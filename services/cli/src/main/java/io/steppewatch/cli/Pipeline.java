package io.steppewatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.steppewatch.broker.EmbeddedKafkaBroker;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.ingester.Ingester;
import io.steppewatch.ingester.IngesterConfig;
import io.steppewatch.ingester.RegionRelevanceFilter;
import io.steppewatch.ingester.RelevanceFilter;
import io.steppewatch.ingester.feed.FeedSpec;
import io.steppewatch.ingester.publish.KafkaArticleSink;
import io.steppewatch.ingester.publish.KafkaFeedValidatorStore;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.TopicAdmin;
import io.steppewatch.kafka.Topics;
import io.steppewatch.notifier.Notifier;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.notifier.subscription.Subscription;
import io.steppewatch.processor.ProcessorApp;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.processor.analysis.ArticleAnalysis;
import io.steppewatch.processor.analysis.BaselineLoader;
import io.steppewatch.processor.analysis.TextAnalysis;
import io.steppewatch.processor.ledger.Baseline;

/**
 * Everything {@code steppewatch run} starts, in order: the embedded broker (unless a cluster is given),
 * the topics, the processor, the notifier and the ingester. {@link #close()} stops them in reverse.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /** What a run needs to know. */
    public record Settings(Path dataDir, String bootstrapServers, String kafkaHost, int kafkaPort,
            Map<String, String> kafkaClient, String topicPrefix, List<FeedSpec> feeds, Path feedsFile,
            List<Subscription> subscriptions, LayeredConfig config, PrintStream console) {
    }

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final String bootstrapServers;
    private final boolean embedded;
    private final Topics topics;
    private Ingester ingester;
    private ProcessorApp processor;

    private Pipeline(String bootstrapServers, boolean embedded, Topics topics) {
        this.bootstrapServers = bootstrapServers;
        this.embedded = embedded;
        this.topics = topics;
    }

    public static Pipeline start(Settings settings, MeterRegistry registry) {
        EmbeddedKafkaBroker broker = null;
        String servers = settings.bootstrapServers();
        if (servers == null) {
            broker = EmbeddedKafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaHost(),
                    settings.kafkaPort(), Map.of());
            servers = broker.bootstrapServers();
        }
        Topics topics = Topics.withPrefix(settings.topicPrefix());
        Pipeline pipeline = new Pipeline(servers, broker != null, topics);
        if (broker != null) {
            pipeline.running.push(broker);
        }
        try {
            pipeline.startServices(settings, KafkaSettings.of(servers).with(settings.kafkaClient()), registry);
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        return pipeline;
    }

    private void startServices(Settings settings, KafkaSettings kafka, MeterRegistry registry) {
        TopicAdmin.ensure(kafka, topics.definitions());

        // Each service reads the same settings (arguments, file, environment); run only adds what it decides.
        LayeredConfig config = settings.config();
        Map<String, String> processorValues = new HashMap<>(Map.of(
                ProcessorConfig.BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers(),
                ProcessorConfig.TOPIC_PREFIX.name(), topics.prefix()));
        if (!config.isSet(ProcessorConfig.STATE_DIR)) {
            processorValues.put(ProcessorConfig.STATE_DIR.name(), settings.dataDir().resolve("streams").toString());
        }
        if (!config.isSet(ProcessorConfig.HTTP_PORT)) {
            processorValues.put(ProcessorConfig.HTTP_PORT.name(), String.valueOf(LedgerCommand.DEFAULT_PORT));
        }
        ProcessorConfig processorConfig = new ProcessorConfig(config.withOverrides(processorValues));
        ArticleAnalysis analysis = new TextAnalysis(processorConfig.analyzer());
        Baseline baseline = BaselineLoader.load(processorConfig.baselineDir(), analysis);
        processor = ProcessorApp.create(processorConfig, kafka, analysis, baseline, registry);
        processor.start();
        running.push(processor);

        NotifierConfig notifierConfig = NotifierConfig.load(config.source(), System::getenv,
                config.withPrefix("notifier.").entrySet().stream()
                        .collect(Collectors.toMap(e -> "notifier." + e.getKey(), Map.Entry::getValue)));
        Notifier notifier = new Notifier(notifierConfig, kafka, topics, settings.subscriptions(), settings.console());
        notifier.start();
        running.push(notifier);

        Map<String, String> ingesterValues = new HashMap<>(Map.of(
                IngesterConfig.BOOTSTRAP_SERVERS.name(), kafka.bootstrapServers(),
                IngesterConfig.TOPIC_PREFIX.name(), topics.prefix()));
        if (settings.feedsFile() != null) {
            ingesterValues.put(IngesterConfig.FEEDS_FILE.name(), settings.feedsFile().toString());
        }
        IngesterConfig ingesterConfig = IngesterConfig.from(config.withOverrides(ingesterValues));
        Ingester.Builder builder = Ingester.builder(ingesterConfig)
                .sink(new KafkaArticleSink(kafka, topics.articles()))
                .validators(new KafkaFeedValidatorStore(kafka, topics.ingesterState()))
                .relevance(ingesterConfig.relevance() ? RegionRelevanceFilter.withDefaults() : RelevanceFilter.keepAll())
                .registry(registry);
        if (!settings.feeds().isEmpty()) {
            builder.feeds(settings.feeds());
        }
        ingester = builder.build();
        ingester.start();
        running.push(ingester);
        LOG.info("steppewatch running against Kafka at {}", bootstrapServers);
    }

    public String bootstrapServers() {
        return bootstrapServers;
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
