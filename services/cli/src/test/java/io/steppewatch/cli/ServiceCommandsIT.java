package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.steppewatch.avro.Article;
import io.steppewatch.kafka.Topics;
import io.steppewatch.testkit.KafkaBrokerExtension;
import io.steppewatch.testkit.TopicContents;

/**
 * {@code steppewatch processor | ingester | notifier}, each in a JVM of its own against an existing broker:
 * the service becomes ready on its health endpoint, does its work, and stops cleanly on SIGTERM.
 */
class ServiceCommandsIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @ParameterizedTest
    @ValueSource(strings = {"processor", "ingester", "notifier"})
    void shouldBecomeReadyAndStopCleanlyWhenOneServiceRunsAlone(String service) throws Exception {
        Topics topics = KAFKA.newTopics();
        int opsPort = freePort();
        List<String> args = new ArrayList<>(List.of(service, "--bootstrap-servers", KAFKA.bootstrapServers(),
                "topic.prefix=" + topics.prefix(), "ops.port=" + opsPort));
        args.addAll(switch (service) {
            case "processor" -> List.of("processor.application.id=" + KafkaBrokerExtension.uniqueId("alone"),
                    "processor.state.dir=" + work.resolve("streams"), "processor.http.port=-1");
            case "ingester" -> List.of("ingester.feeds=" + feed(), "ingester.pages.fetch=false",
                    "ingester.relevance.enabled=false", "ingester.poll.interval=1h");
            default -> List.of("notifier.group.id=" + KafkaBrokerExtension.uniqueId("alone"));
        });
        if (service.equals("processor")) {
            try (KafkaProducer<String, Article> producer = new KafkaProducer<>(KAFKA.settings().producer(),
                    topics.articles().keySerde().serializer(), topics.articles().valueSerde().serializer())) {
                Instant time = Instant.parse("2025-11-20T08:00:00Z");
                producer.send(new ProducerRecord<>(topics.articles().name(), null, time.toEpochMilli(), "trade",
                        ReprocessCommandIT.article("trade",
                                "Trade turnover between Kazakhstan and China reached $43.8 billion in 2025.", time)));
            }
        }
        Process process = start(args, service);
        try {
            Awaitility.await(service + " ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                    .until(() -> {
                        assertThat(process.isAlive()).as("steppewatch %s exited early:%n%s", service, log(service)).isTrue();
                        return status(opsPort, "/health/ready") == 200;
                    });
            if (service.equals("processor")) {
                Awaitility.await("article analysed").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                        .until(() -> TopicContents.readAll(KAFKA.settings(), topics.articlesAnalyzed().name()).size() == 1);
            }
            if (service.equals("ingester")) {
                Awaitility.await("article published").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                        .until(() -> TopicContents.readAll(KAFKA.settings(), topics.articles().name()).size() == 1);
            }
        } finally {
            process.destroy(); // SIGTERM, as a service manager stops it
        }
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("%s stops within 90 s", service).isTrue();
        assertThat(log(service)).contains("The " + service + " stopped cleanly");
    }

    private Process start(List<String> args, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.steppewatch.cli.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("STEPPEWATCH_"));
        return builder.start();
    }

    private int status(int port, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String log(String name) {
        try {
            return Files.readString(work.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A local feed of one item, so that the ingester needs no network. */
    private String feed() throws IOException {
        Path feed = work.resolve("feed.xml");
        Files.writeString(feed, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Local</title>"
                + "<link>https://news.example.org/</link><description>one item</description><item>"
                + "<title>Kazakhstan and China sign rail deal</title><link>https://news.example.org/a1</link>"
                + "<description>Astana and Beijing agreed on new rail freight through Kazakhstan.</description>"
                + "<pubDate>Mon, 03 Nov 2025 08:00:00 GMT</pubDate></item></channel></rss>");
        return feed.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
