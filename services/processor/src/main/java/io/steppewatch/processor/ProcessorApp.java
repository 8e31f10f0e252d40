package io.steppewatch.processor;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.processor.analysis.ArticleAnalysis;
import io.steppewatch.processor.console.ConsoleService;
import io.steppewatch.processor.ledger.Baseline;
import io.steppewatch.processor.ledger.FigureLedger;
import io.steppewatch.processor.query.LedgerQueries;
import io.steppewatch.processor.query.PeerClient;
import io.steppewatch.processor.query.QueryAddress;
import io.steppewatch.processor.query.QueryServer;
import io.steppewatch.processor.topology.DeadLetterDeserializationHandler;
import io.steppewatch.processor.topology.DeadLetterProcessingHandler;
import io.steppewatch.processor.topology.DeadLetterProductionHandler;
import io.steppewatch.processor.topology.DeadLetters;
import io.steppewatch.processor.topology.ProcessorTopology;

/** The processor as a running Kafka Streams application: build, start, stop. */
public final class ProcessorApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorApp.class);

    private static final Duration PEER_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaStreams streams;
    private final Topology topology;
    private final LedgerQueries queries;
    private final String httpHost;
    private final int httpPort;
    private final ProcessorConfig config;
    private final KafkaSettings kafka;
    private final Topics topics;
    private QueryServer queryServer;
    private ConsoleService console;

    private ProcessorApp(KafkaStreams streams, Topology topology, LedgerQueries queries, int httpPort,
            ProcessorConfig config, KafkaSettings kafka, Topics topics) {
        this.streams = streams;
        this.topology = topology;
        this.queries = queries;
        this.httpHost = config.httpHost();
        this.httpPort = httpPort;
        this.config = config;
        this.kafka = kafka;
        this.topics = topics;
    }

    /** Creates the application (not yet started). */
    public static ProcessorApp create(ProcessorConfig config, KafkaSettings kafka, ArticleAnalysis analysis, Baseline baseline) {
        return create(config, kafka, analysis, baseline, new CompositeMeterRegistry());
    }

    /** Creates the application, with its counters (articles, figures by verdict, alerts by kind) in {@code registry}. */
    public static ProcessorApp create(ProcessorConfig config, KafkaSettings kafka, ArticleAnalysis analysis, Baseline baseline,
            MeterRegistry registry) {
        Topics topics = Topics.withPrefix(config.topicPrefix());
        FigureLedger ledger = new FigureLedger(config.tolerance(), config.alertOnOther());
        Properties properties = streamsProperties(config, kafka, topics);
        Topology topology = ProcessorTopology.build(topics, analysis, baseline, ledger, config.maxFiguresPerSeries(), registry,
                maxRecordBytes(properties), config.orderWindow());
        int port = config.httpPort() == 0 ? QueryAddress.freePort(config.httpHost()) : config.httpPort();
        HostInfo self = port < 0 ? null : QueryAddress.advertised(config.applicationServer(), config.httpHost(), port);
        if (self != null) {
            // Every instance tells the others where its query endpoint is; key and scan queries route by it.
            properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        }
        KafkaStreams streams = new KafkaStreams(topology, properties);
        LedgerQueries queries = self == null ? new LedgerQueries(streams, baseline)
                : new LedgerQueries(streams, baseline, self, ProcessorTopology.figuresTopic(config.applicationId()),
                        new PeerClient(config.httpToken(), PEER_TIMEOUT));
        return new ProcessorApp(streams, topology, queries, port, config, kafka, topics);
    }

    /** The Streams settings used in production and, with the test driver, in tests. */
    public static Properties streamsProperties(ProcessorConfig config, KafkaSettings kafka, Topics topics) {
        Properties properties = new Properties();
        Map<String, Object> streams = kafka.streams(config.applicationId());
        properties.putAll(streams);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
        properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
        properties.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        // Bad bytes and bad content are both logged, sent to the dead-letter topic with the reason in
        // headers, and skipped: one poison record never stops the pipeline.
        // The dead letters are bounded so that they can always be written (see DeadLetters).
        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // So is a record that cannot be written (too large for the broker, say): failing the thread would
        // only meet the same record again in its replacement, and stall the partition.
        properties.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.processorDlq().name());
        properties.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        // A warm copy of each store on another instance: when one instance dies, its partitions move to
        // an instance that is already caught up, and queries read the copy meanwhile.
        properties.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.standbyReplicas());
        return properties;
    }

    /** The largest value the topology writes: what the producer may send, less room for key and headers. */
    public static int maxRecordBytes(Properties streamsProperties) {
        Map<String, Object> configs = new java.util.HashMap<>();
        streamsProperties.forEach((key, value) -> configs.put(key.toString(), value));
        return DeadLetters.maxRequestSize(configs) - 1024;
    }

    public void start() {
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Processor stream thread failed; replacing it", e);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        LOG.debug("Processor topology:\n{}", topology.describe());
        if (httpPort >= 0) {
            // The console reads the whole cluster's ledger through the same queries as the JSON endpoints.
            if (config.consoleEnabled()) {
                console = ConsoleService.start(config, kafka, topics, queries, () -> streams.state().name(), Clock.systemUTC());
            }
            queryServer = QueryServer.start(httpHost, httpPort, queries, () -> streams.state().name(),
                    console == null ? (server, contexts) -> { } : console::install, config.httpToken());
            if (console != null) {
                LOG.info("Console on http://{}:{}/{}", config.httpHost(), queryServer.port(), config.consoleToken() == null
                        ? "" : " (token required: open it once with ?token=<console.token>)");
            }
        }
    }

    /** The console's address, or null when it is off. */
    public String consoleUrl() {
        if (queryServer == null || console == null) {
            return null;
        }
        String host = config.httpHost().contains(":") ? "[" + config.httpHost() + "]" : config.httpHost();
        return "http://" + host + ":" + queryServer.port() + "/";
    }

    /** Whether the console requires a token. */
    public boolean consoleNeedsToken() {
        return config.consoleToken() != null;
    }

    /** The port of the query endpoint, or -1 when it is off. */
    public int queryPort() {
        return queryServer == null ? -1 : queryServer.port();
    }

    /** The ledger and recent alerts of the whole cluster (of this instance alone when its endpoint is off). */
    public LedgerQueries queries() {
        return queries;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public synchronized void close() {
        if (queryServer != null) {
            queryServer.close();
            queryServer = null;
        }
        if (console != null) {
            console.close();
            console = null;
        }
        // Leaving the group at once hands this instance's partitions to the others now, not after the
        // session timeout, so the cluster answers whole again within a rebalance.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
