package io.steppewatch.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.micrometer.core.instrument.Metrics;
import io.steppewatch.ingester.IngesterConfig;
import io.steppewatch.notifier.NotifierConfig;
import io.steppewatch.processor.ProcessorConfig;
import io.steppewatch.ops.ServiceOps;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the whole pipeline in one process until Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run steppewatch in one process until Ctrl-C.",
                "A Kafka broker (embedded unless --bootstrap-servers is given), the ingester, the processor and the notifier."},
        footer = {"", "Examples:", "  steppewatch run                                  # default feeds, embedded Kafka, data in ./var",
                "  steppewatch run --feed samples/central-asia.xml  # a local RSS file, no network needed",
                "  steppewatch run --feeds feeds.yaml --subscriptions subscriptions.yaml",
                "  steppewatch run --bootstrap-servers kafka1:9092,kafka2:9092 --config steppewatch.properties"})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "var",
            description = "Where the embedded broker and the processor keep their data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--feed", paramLabel = "URL",
            description = "A feed to poll: http(s) URL, file: URL or local path. Repeatable. Sets ingester.feeds.")
    List<String> feedUrls = new ArrayList<>();

    @Option(names = "--feeds", paramLabel = "FILE", description = "YAML list of feeds (url, name, language, region, interval). Sets ingester.feeds.file.")
    Path feedsFile;

    @Option(names = "--subscriptions", paramLabel = "FILE", description = "YAML subscriptions (Slack webhooks); without it alerts print here. Sets notifier.subscriptions.file.")
    Path subscriptionsFile;

    @Option(names = "--kafka-port", paramLabel = "PORT", defaultValue = "9092",
            description = "Port of the embedded broker (default: ${DEFAULT-VALUE}; its controller uses the next one).")
    int kafkaPort;

    @Option(names = "--kafka-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface of the embedded broker (default: ${DEFAULT-VALUE}).")
    String kafkaHost;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ServiceOps ops = ServiceOps.start("steppewatch", kafka.layered(Map.of()));
        Metrics.addRegistry(ops.registry());
        Pipeline pipeline = Pipeline.start(settings(console), ops.registry());
        ops.health(pipeline::alive, pipeline::ready);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.println("steppewatch: stopping...");
            pipeline.close();
            ops.close();
            stopped.countDown();
        }, "steppewatch-shutdown"));
        banner(console, pipeline, ops);
        stopped.await();
        return 0;
    }

    /**
     * The run's settings: its flags become the services' keys ({@code --feeds} is {@code ingester.feeds.file},
     * {@code --subscriptions} is {@code notifier.subscriptions.file}), over the file and the environment.
     */
    Pipeline.Settings settings(PrintStream console) {
        Map<String, String> flags = new HashMap<>();
        for (String url : feedUrls) {
            if (url.contains(",")) {
                throw new IllegalArgumentException("--feed takes one URL or path, without commas: '" + url + "'");
            }
        }
        if (!feedUrls.isEmpty()) {
            flags.put(IngesterConfig.FEEDS.name(), String.join(",", feedUrls));
        }
        if (feedsFile != null) {
            flags.put(IngesterConfig.FEEDS_FILE.name(), feedsFile.toString());
        }
        if (subscriptionsFile != null) {
            flags.put(NotifierConfig.SUBSCRIPTIONS_FILE.name(), subscriptionsFile.toString());
        }
        return new Pipeline.Settings(dataDir, kafkaHost, kafkaPort, kafka.layered(flags), console);
    }

    private void banner(PrintStream out, Pipeline pipeline, ServiceOps ops) {
        out.println("steppewatch is running.");
        out.println("  Kafka:    " + pipeline.bootstrapServers() + (pipeline.embeddedBroker()
                ? " (embedded, data in " + dataDir.toAbsolutePath().resolve("kafka") + ")" : ""));
        out.println("  State:    " + ProcessorConfig.from(pipeline.config()).stateDir().toAbsolutePath());
        out.println("  Feeds:    " + pipeline.ingester().health().size() + " polled");
        out.println("  Topics:   " + pipeline.topics().articles().name() + " -> " + pipeline.topics().articlesAnalyzed().name()
                + " -> " + pipeline.topics().alerts().name() + " -> alerts-<sanctions|trade|security|corridors>");
        out.println("  Alerts:   " + NotifierConfig.from(pipeline.config()).subscriptionsFile()
                .map(file -> "to the subscriptions of " + file).orElse("printed here (no --subscriptions)"));
        if (ops.port() > 0) {
            out.println("  Ops:      http://127.0.0.1:" + ops.port() + "/metrics, /health/live, /health/ready");
        }
        if (pipeline.processor().consoleUrl() != null) {
            out.println("  Console:  " + pipeline.processor().consoleUrl()
                    + (pipeline.processor().consoleNeedsToken() ? "  (token required: add ?token=<console.token> once)" : ""));
        }
        if (pipeline.processor().queryPort() > 0) {
            out.println("  Ledger:   http://127.0.0.1:" + pipeline.processor().queryPort() + "/ledger  (./steppewatch ledger)");
        }
        out.println("  Watch:    ./steppewatch tail articles-analyzed --from-beginning");
        out.println("Press Ctrl-C to stop; history is kept in " + dataDir.toAbsolutePath() + ".");
    }
}
