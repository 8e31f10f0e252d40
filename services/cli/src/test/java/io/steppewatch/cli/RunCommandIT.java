package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.steppewatch.kafka.KafkaSettings;

/**
 * The foundation's acceptance scenario, with the real command in a JVM of its own: {@code steppewatch
 * run} on a local feed of three items fills {@code articles} and {@code articles-analyzed} with three
 * records each; {@code tail} prints them; after a stop and a second {@code run} on the same data
 * directory the topics still hold exactly three records each.
 */
class RunCommandIT {

    @TempDir
    Path work;

    private HttpServer server;
    private final AtomicInteger feedRequests = new AtomicInteger();
    private String base;

    @BeforeEach
    void serveFeedAndPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/feed.xml", exchange -> {
            feedRequests.incrementAndGet();
            Loopback.respond(exchange, 200, "application/rss+xml", feed());
        });
        server.createContext("/news/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Loopback.respond(exchange, 200, "text/html; charset=utf-8", page(path.substring(path.lastIndexOf('/') + 1)));
        });
        server.createContext("/robots.txt", exchange -> Loopback.respond(exchange, 404, "text/plain", ""));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldKeepExactlyThreeRecordsPerTopicWhenRunTwiceOnTheSameDataDir() throws Exception {
        int port = Loopback.freePortPair();
        Path config = work.resolve("steppewatch.properties");
        Files.writeString(config, String.join("\n",
                "ingester.http.allow-cidrs=127.0.0.1/32",
                "ingester.http.min-delay=0s",
                "ingester.poll.interval=2s",
                "processor.http.port=-1", ""));
        List<String> args = List.of("run", "--data-dir", work.resolve("data").toString(), "--kafka-port",
                String.valueOf(port), "--feed", base + "/feed.xml", "--config", config.toString());
        String servers = "127.0.0.1:" + port;

        Process first = start(args, "first");
        awaitPolls(2, first, "first");
        awaitProcessed(servers);
        assertThat(count(servers, "articles")).isEqualTo(3);
        List<String> printed = tail(servers);
        assertThat(printed).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        List<String> titles = new ArrayList<>();
        for (String line : printed) {
            JsonNode node = json.readTree(line);
            titles.add(node.get("title").asText());
            assertThat(node.get("url").asText()).startsWith(base + "/news/");
        }
        assertThat(titles).containsExactlyInAnyOrder("Kazakhstan and China sign rail deal",
                "Uzbekistan lifts export ban", "Kyrgyzstan joins corridor talks");
        assertThat(count(servers, "articles-analyzed")).isEqualTo(3);
        stop(first);

        int before = feedRequests.get();
        Process second = start(args, "second");
        awaitPolls(before + 2, second, "second");
        awaitProcessed(servers);
        assertThat(count(servers, "articles")).isEqualTo(3);
        assertThat(count(servers, "articles-analyzed")).isEqualTo(3);
        stop(second);
    }

    private Process start(List<String> args, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "io.steppewatch.cli.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("STEPPEWATCH_"));
        return builder.start();
    }

    /** Two feed requests mean the first poll cycle, with its page fetches and publishing, is over. */
    private void awaitPolls(int requests, Process process, String name) {
        Awaitility.await("feed polled").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(process.isAlive()).as("steppewatch run exited early:%n%s", log(name)).isTrue();
                    return feedRequests.get() >= requests;
                });
    }

    private String log(String name) {
        try {
            List<String> lines = Files.readAllLines(work.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The processor has committed every article it was given. */
    private void awaitProcessed(String servers) {
        Awaitility.await("processor caught up").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(servers, "articles-analyzed") >= count(servers, "articles") && lag(servers) == 0);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: the same clean shutdown as Ctrl-C
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("run stops within 90 s").isTrue();
    }

    private static List<String> tail(String servers) {
        CliRun tail = CliRun.of("tail", "articles-analyzed", "--from-beginning", "--json", "--max", "3",
                "--timeout", "60s", "--bootstrap-servers", servers);
        assertThat(tail.code()).as(tail.err()).isZero();
        return tail.out().lines().toList();
    }

    /** Committed records in a topic (a compacted topic may not be compacted yet: duplicates would show). */
    private static long count(String servers, String topic) {
        return committedRecords(servers, topic);
    }

    private static long committedRecords(String servers, String topic) {
        return io.steppewatch.testkit.TopicContents.readAll(KafkaSettings.of(servers), topic).size();
    }

    private static long lag(String servers) throws Exception {
        try (Admin admin = Admin.create(KafkaSettings.of(servers).admin())) {
            var committed = admin.listConsumerGroupOffsets("steppewatch-processor").partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (int p = 0; p < 3; p++) {
                latest.put(new TopicPartition("articles", p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            long lag = 0;
            for (var entry : ends.entrySet()) {
                var offset = committed.get(entry.getKey());
                lag += entry.getValue().offset() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        }
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        String[][] news = {
                {"a1", "Kazakhstan and China sign rail deal", "Astana and Beijing agreed on new rail freight through Kazakhstan."},
                {"a2", "Uzbekistan lifts export ban", "Tashkent lifted a ban on exports of some goods from Uzbekistan."},
                {"a3", "Kyrgyzstan joins corridor talks", "Bishkek joined talks on the Middle Corridor across Kyrgyzstan."}};
        for (String[] item : news) {
            items.append("<item><title>").append(item[1]).append("</title><link>").append(base).append("/news/")
                    .append(item[0]).append("</link><description>").append(item[2])
                    .append("</description><pubDate>Mon, 03 Nov 2025 08:00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Local test feed</title>"
                + "<link>" + base + "</link><description>three items</description>" + items + "</channel></rss>";
    }

    private static String page(String id) {
        return "<html lang=\"en\"><head><title>" + id + "</title></head><body><nav>Home | World | Sport</nav><article><h1>Story "
                + id + "</h1><p>Kazakhstan, Uzbekistan and Kyrgyzstan discussed trade and transport with their neighbours"
                + " this week. Trade turnover between Kazakhstan and China reached $43.8 billion in 2024, officials"
                + " said, and cargo along the corridor grew.</p><p>Ministers from Astana and Tashkent met in Almaty to"
                + " prepare the next summit of the region's leaders.</p></article><footer>Contact us</footer></body></html>";
    }
}
