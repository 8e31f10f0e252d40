package io.steppewatch.processor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.steppewatch.config.CommonKeys;
import io.steppewatch.config.ConfigException;
import io.steppewatch.config.ConfigKey;
import io.steppewatch.config.LayeredConfig;
import io.steppewatch.processor.topology.OrderWindow;

/**
 * Settings of the processor, read from one {@link LayeredConfig}: the command line, the properties file given
 * with {@code --config}, then its {@code STEPPEWATCH_*} environment variable (in that order of precedence).
 * Kafka client properties (TLS, SASL) are the keys under {@code kafka.}.
 */
public final class ProcessorConfig {

    public static final ConfigKey APPLICATION_ID = ConfigKey.of("processor.application.id", "steppewatch-processor",
            "Kafka Streams application id; a new id reprocesses history from the start");
    public static final ConfigKey STATE_DIR = ConfigKey.of("processor.state.dir", "var/streams",
            "Directory of the Kafka Streams state stores");
    public static final ConfigKey THREADS = ConfigKey.of("processor.threads", "1", "Stream threads per instance");
    public static final ConfigKey TOLERANCE = ConfigKey.of("ledger.tolerance", "0.02",
            "Relative difference under which two values of one figure confirm each other");
    public static final ConfigKey ALERT_ON_OTHER = ConfigKey.of("ledger.alert-on-other", "false",
            "Whether figures whose metric is 'other' raise alerts");
    public static final ConfigKey MAX_FIGURES_PER_SERIES = ConfigKey.of("ledger.max-figures-per-series", "500",
            "How many figures the ledger keeps per metric and subjects (oldest dropped first)");
    public static final ConfigKey ORDER_SETTLE = ConfigKey.of("ledger.order-settle", "1s",
            "How long no new figure must come before held figures go to the ledger in publication order; 0s holds none");
    public static final ConfigKey ORDER_MAX_WAIT = ConfigKey.of("ledger.order-max-wait", "5s",
            "The longest a figure is held to be put in publication order");
    public static final ConfigKey BASELINE_DIR = ConfigKey.of("baseline.dir", null,
            "Directory of the user's own baseline corpus (.txt files); the bundled seed corpus when unset");
    public static final ConfigKey HTTP_PORT = ConfigKey.of("processor.http.port", "-1",
            "Port of the ledger/alerts query endpoint (on processor.http.host); -1 disables it, 0 picks a free port");
    public static final ConfigKey HTTP_HOST = ConfigKey.of("processor.http.host", "127.0.0.1",
            "Address the query endpoint and the console listen on; any other than loopback needs console.token");
    public static final ConfigKey CONSOLE_ENABLED = ConfigKey.of("console.enabled", "true",
            "Whether the query port also serves the analyst's web console");
    public static final ConfigKey CONSOLE_TOKEN = ConfigKey.of("console.token", null,
            "Token the console and the JSON endpoints require (Bearer header or ?token= once); needed off loopback");
    public static final ConfigKey CONSOLE_INDEX_DIR = ConfigKey.of("console.index.dir", null,
            "Directory of the console's search index; <processor.state.dir>/console-index when unset");
    public static final ConfigKey APPLICATION_SERVER = ConfigKey.of("processor.application.server", null,
            "host:port where the other instances reach this one's query endpoint (Kafka Streams application.server);"
                    + " default: processor.http.host and the endpoint's port");
    public static final ConfigKey STANDBY_REPLICAS = ConfigKey.of("processor.standby.replicas", "1",
            "Warm copies of each state store kept on other instances (num.standby.replicas); no effect with one instance");

    public static final ConfigKey ANALYSIS_METRICS = ConfigKey.of("analysis.metrics.file", null,
            "Extra metric cues (columns of metrics.tsv), added to the bundled vocabulary");
    public static final ConfigKey ANALYSIS_CUES = ConfigKey.of("analysis.cues.file", null,
            "Extra measure and period cues (columns of cues.tsv)");
    public static final ConfigKey ANALYSIS_UNITS = ConfigKey.of("analysis.units.file", null,
            "Extra scale words, currencies and units (columns of units.tsv)");
    public static final ConfigKey ANALYSIS_GAZETTEER = ConfigKey.of("analysis.gazetteer.file", null,
            "Extra place, leader and institution names (columns of gazetteer.tsv)");
    public static final ConfigKey ANALYSIS_LEXICONS_DIR = ConfigKey.of("analysis.lexicons.dir", null,
            "Directory of extra topic lexicons named <topic>.<language>.tsv");
    public static final ConfigKey ANALYSIS_TOPIC_THRESHOLD = ConfigKey.of("analysis.topic-threshold", null,
            "Score a topic needs to be assigned; the analysis default when unset");

    /** The key prefixes this service owns: an unknown key under one of them is refused. */
    static final String[] PREFIXES = {"processor.", "ledger.", "analysis.", "baseline.", "console."};

    /** Every key the processor reads, the shared ones ({@link CommonKeys}) included. */
    public static final List<ConfigKey> KEYS = List.of(CommonKeys.BOOTSTRAP_SERVERS, APPLICATION_ID, STATE_DIR, THREADS,
            CommonKeys.TOPIC_PREFIX, TOLERANCE, ALERT_ON_OTHER, MAX_FIGURES_PER_SERIES, ORDER_SETTLE, ORDER_MAX_WAIT, BASELINE_DIR, HTTP_PORT, HTTP_HOST,
            CONSOLE_ENABLED, CONSOLE_TOKEN, CONSOLE_INDEX_DIR, APPLICATION_SERVER, STANDBY_REPLICAS, ANALYSIS_METRICS,
            ANALYSIS_CUES, ANALYSIS_UNITS, ANALYSIS_GAZETTEER, ANALYSIS_LEXICONS_DIR, ANALYSIS_TOPIC_THRESHOLD);

    private final LayeredConfig config;
    private final String bootstrapServers;
    private final String applicationId;
    private final Path stateDir;
    private final int threads;
    private final String topicPrefix;
    private final double tolerance;
    private final boolean alertOnOther;
    private final int maxFiguresPerSeries;
    private final OrderWindow orderWindow;
    private final Path baselineDir;
    private final int httpPort;
    private final String httpHost;
    private final boolean consoleEnabled;
    private final String consoleToken;
    private final Path consoleIndexDir;
    private final String applicationServer;
    private final int standbyReplicas;

    public ProcessorConfig(LayeredConfig config) {
        CommonKeys.refuseUnknown(config, KEYS, PREFIXES);
        this.config = config;
        this.bootstrapServers = CommonKeys.bootstrapServers(config);
        this.applicationId = config.require(APPLICATION_ID);
        this.stateDir = config.getPath(STATE_DIR);
        this.threads = config.getInt(THREADS, 1, 64);
        this.topicPrefix = CommonKeys.topicPrefix(config);
        this.tolerance = config.getDouble(TOLERANCE, 0.0, 0.5);
        this.alertOnOther = config.getBoolean(ALERT_ON_OTHER);
        this.maxFiguresPerSeries = config.getInt(MAX_FIGURES_PER_SERIES, 1, 100_000);
        this.orderWindow = orderWindow(config);
        this.baselineDir = config.getPath(BASELINE_DIR);
        this.httpPort = config.getInt(HTTP_PORT, -1, 65_535);
        this.httpHost = config.require(HTTP_HOST);
        this.consoleEnabled = config.getBoolean(CONSOLE_ENABLED);
        this.consoleToken = config.get(CONSOLE_TOKEN) == null || config.get(CONSOLE_TOKEN).isBlank() ? null
                : config.get(CONSOLE_TOKEN);
        this.consoleIndexDir = config.getPath(CONSOLE_INDEX_DIR) != null ? config.getPath(CONSOLE_INDEX_DIR)
                : stateDir.resolve("console-index");
        if (httpPort >= 0 && consoleToken == null && !isLoopback(httpHost)) {
            throw new IllegalArgumentException("processor.http.host=" + httpHost + " opens the query endpoint and the "
                    + "console beyond this machine: set console.token (or STEPPEWATCH_CONSOLE_TOKEN) too");
        }
        this.applicationServer = config.get(APPLICATION_SERVER);
        if (applicationServer != null && !applicationServer.matches("[^:/\\s]+:[0-9]{1,5}")) {
            throw new ConfigException(APPLICATION_SERVER, applicationServer, "must be host:port");
        }
        this.standbyReplicas = config.getInt(STANDBY_REPLICAS, 0, 10);
    }

    /**
     * Reads and validates every key of {@code config}.
     *
     * @throws io.steppewatch.config.ConfigException naming the first key that is unknown or whose value is wrong
     */
    public static ProcessorConfig from(LayeredConfig config) {
        return new ProcessorConfig(config);
    }

    /** Defaults plus the given values; no file, no environment. For tests. */
    public static ProcessorConfig of(Map<String, String> values) {
        return new ProcessorConfig(LayeredConfig.ofMap(values));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String applicationId() {
        return applicationId;
    }

    public Path stateDir() {
        return stateDir;
    }

    public int threads() {
        return threads;
    }

    public String topicPrefix() {
        return topicPrefix;
    }

    public double tolerance() {
        return tolerance;
    }

    public boolean alertOnOther() {
        return alertOnOther;
    }

    public int maxFiguresPerSeries() {
        return maxFiguresPerSeries;
    }

    /** How long figures are held to reach the ledger in publication order ({@link OrderWindow#NONE}: not at all). */
    public OrderWindow orderWindow() {
        return orderWindow;
    }

    private static OrderWindow orderWindow(LayeredConfig config) {
        Duration settle = config.getDuration(ORDER_SETTLE);
        Duration maxWait = config.getDuration(ORDER_MAX_WAIT);
        if (settle.isNegative() || settle.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new ConfigException(ORDER_SETTLE, config.get(ORDER_SETTLE), "must be between 0 and 1m");
        }
        if (maxWait.compareTo(settle) < 0 || maxWait.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new ConfigException(ORDER_MAX_WAIT, config.get(ORDER_MAX_WAIT),
                    "must be at least ledger.order-settle and at most 10m");
        }
        return settle.isZero() ? OrderWindow.NONE : new OrderWindow(settle, maxWait);
    }

    public Path baselineDir() {
        return baselineDir;
    }

    public int httpPort() {
        return httpPort;
    }

    /** Address the query endpoint binds. */
    public String httpHost() {
        return httpHost;
    }

    public boolean consoleEnabled() {
        return consoleEnabled;
    }

    /** The console's token, or null when none is set (allowed on loopback only). */
    public String consoleToken() {
        return consoleToken;
    }

    public Path consoleIndexDir() {
        return consoleIndexDir;
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }

    /** The bearer token of the query endpoints (the console's), or null when none is set. */
    public String httpToken() {
        return consoleToken;
    }

    /** The configured {@code host:port} other instances reach this one at, or null to derive it from the endpoint. */
    public String applicationServer() {
        return applicationServer;
    }

    public int standbyReplicas() {
        return standbyReplicas;
    }

    /** The analysis: the bundled lexicons, extended by the user's files when configured. */
    public io.steppewatch.analysis.ArticleAnalyzer analyzer() {
        io.steppewatch.analysis.ArticleAnalyzer.Builder builder = io.steppewatch.analysis.ArticleAnalyzer.builder();
        Path file = config.getPath(ANALYSIS_GAZETTEER);
        if (file != null) {
            builder.addGazetteer(file);
        }
        file = config.getPath(ANALYSIS_UNITS);
        if (file != null) {
            builder.addUnits(file);
        }
        file = config.getPath(ANALYSIS_METRICS);
        if (file != null) {
            builder.addMetrics(file);
        }
        file = config.getPath(ANALYSIS_CUES);
        if (file != null) {
            builder.addCues(file);
        }
        file = config.getPath(ANALYSIS_LEXICONS_DIR);
        if (file != null) {
            builder.addTopicLexicons(file);
        }
        if (config.get(ANALYSIS_TOPIC_THRESHOLD) != null) {
            builder.topicThreshold(config.getDouble(ANALYSIS_TOPIC_THRESHOLD, 0.001, 1000));
        }
        return builder.build();
    }

    /** Kafka client properties from the configuration file's {@code kafka.*} keys (TLS, SASL ...). */
    public Map<String, String> kafkaClientProperties() {
        return config.withPrefix("kafka.");
    }
}
