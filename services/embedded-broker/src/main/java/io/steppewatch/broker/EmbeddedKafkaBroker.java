package io.steppewatch.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Kafka (KRaft, broker and controller in one process) running inside the JVM.
 *
 * <p>{@code steppewatch run} uses it on a fixed port with its data under {@code --data-dir}, so history
 * survives restarts; tests use it on random ports in a temporary directory. The storage directory is
 * formatted on first start and reused afterwards.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String CONTROLLER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path logDir;
    private volatile boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path logDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
    }

    /**
     * Formats the storage if it is new, starts the broker and waits until it answers a metadata request.
     *
     * @param dataDir where the broker keeps its logs; created if missing
     * @param host the interface to listen on, {@code 127.0.0.1} unless you mean to expose it
     * @param port the client port, or 0 for a free one
     * @param overrides extra broker properties (SASL listeners in tests, retention ...)
     */
    public static EmbeddedKafkaBroker start(Path dataDir, String host, int port, Map<String, String> overrides) {
        return start(dataDir, host, port, overrides, null);
    }

    /**
     * Starts a broker whose only client listener requires SASL_SSL with SCRAM-SHA-512: TLS from
     * {@code security}'s keystore, and the SCRAM users created when the storage is formatted (so they exist
     * before the first client connects). The broker talks to itself over the same listener as
     * {@link SaslSslSecurity#brokerUser()}. Clients need {@link SaslSslSecurity#clientProperties}.
     */
    public static EmbeddedKafkaBroker startSaslSsl(Path dataDir, String host, int port, SaslSslSecurity security) {
        return start(dataDir, host, port, Map.of(), security);
    }

    /**
     * The SASL_SSL broker of {@link #startSaslSsl(Path, String, int, SaslSslSecurity)} with extra broker
     * properties, e.g. an authorizer and its super users.
     */
    public static EmbeddedKafkaBroker startSaslSsl(Path dataDir, String host, int port, SaslSslSecurity security,
            Map<String, String> overrides) {
        return start(dataDir, host, port, overrides, security);
    }

    private static EmbeddedKafkaBroker start(Path dataDir, String host, int port, Map<String, String> overrides,
            SaslSslSecurity security) {
        int[] free = port == 0 ? freePorts(host, 2) : null;
        int clientPort = port == 0 ? free[0] : port;
        int controllerPort = port == 0 ? free[1] : port + 1;
        Path logDir = dataDir.toAbsolutePath().resolve("kraft-combined-logs");
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Kafka data directory " + logDir, e);
        }
        Properties props = brokerProperties(host, clientPort, controllerPort, logDir);
        Map<String, String> all = new HashMap<>();
        if (security != null) {
            all.putAll(security.brokerProperties(host, clientPort, controllerPort));
        }
        all.putAll(overrides);
        all.forEach(props::setProperty);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        format(config, logDir, security == null ? List.of() : security.scramArguments());

        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        String advertised = props.getProperty("steppewatch.bootstrap.servers", host + ":" + clientPort);
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, advertised, logDir);
        try {
            broker.awaitReady(Duration.ofSeconds(60), all);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        LOG.info("Embedded Kafka broker ready at {} with data in {}", advertised, logDir);
        return broker;
    }

    /** A broker on free ports of 127.0.0.1 with its data under {@code dataDir}; for tests. */
    public static EmbeddedKafkaBroker startOnFreePort(Path dataDir) {
        return start(dataDir, "127.0.0.1", 0, Map.of());
    }

    static Properties brokerProperties(String host, int clientPort, int controllerPort, Path logDir) {
        Properties props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", String.valueOf(NODE_ID));
        props.setProperty("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://" + host + ":" + clientPort + "," + CONTROLLER + "://" + host + ":" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + clientPort);
        props.setProperty("controller.listener.names", CONTROLLER);
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        props.setProperty("log.dirs", logDir.toString());
        // One broker: every internal topic has one replica, and transactions (exactly-once Streams)
        // must not wait for in-sync replicas that cannot exist.
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "3");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("transaction.state.log.num.partitions", "3");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("default.replication.factor", "1");
        props.setProperty("min.insync.replicas", "1");
        props.setProperty("num.partitions", "3");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        // Topics come from our own definitions; a typo in a topic name must fail, not create a topic.
        props.setProperty("auto.create.topics.enable", "false");
        props.setProperty("log.cleaner.backoff.ms", "1000");
        return props;
    }

    private static void format(KafkaConfig config, Path logDir, List<String> scramArguments) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            // Formatted by an earlier start: keep its cluster id and its data.
            return;
        }
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setScramArguments(scramArguments)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setControllerListenerName(CONTROLLER)
                    .setIgnoreFormatted(true)
                    .setPrintStream(quiet)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(Duration timeout, Map<String, String> overrides) {
        Map<String, Object> client = new HashMap<>();
        overrides.forEach((key, value) -> {
            if (key.startsWith("steppewatch.client.")) {
                client.put(key.substring("steppewatch.client.".length()), value);
            }
        });
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        client.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(client)) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
        } catch (Exception e) {
            throw new IllegalStateException("embedded broker at " + bootstrapServers + " did not become ready: " + e.getMessage(), e);
        }
    }

    /**
     * {@code count} distinct free ports. Every socket stays bound until all are picked: closed one by one, the
     * system may hand the same port out twice, and the broker then refuses two listeners on one port.
     */
    private static int[] freePorts(String host, int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + host, e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // nothing was listening on it yet
                }
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path logDir() {
        return logDir;
    }

    /** Stops the broker cleanly; its data stays on disk. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping embedded Kafka broker at {}", bootstrapServers);
        server.shutdown();
        server.awaitShutdown();
    }
}
