package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.steppewatch.avro.Alert;
import io.steppewatch.kafka.KafkaSettings;
import io.steppewatch.kafka.Topics;
import io.steppewatch.testkit.TopicContents;

/**
 * {@code steppewatch run} on a hostile feed: an absurd amount ({@code 1e99999999999}, and 400 digits), a
 * 3 MB article and an article with 400 figures come before an ordinary article. The process stays up and
 * the ordinary article is analysed and alerted.
 */
class RunHostileFeedIT {

    @TempDir
    Path work;

    private HttpServer server;
    private String base;

    @BeforeEach
    void serveFeedAndPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/feed.xml", exchange -> Loopback.respond(exchange, 200, "application/rss+xml", feed()));
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
    void shouldAlertTheOrdinaryArticleAndStayUpWhenHostileArticlesComeFirst() throws Exception {
        int port = Loopback.freePortPair();
        Path config = work.resolve("steppewatch.properties");
        Files.writeString(config, String.join("\n", "ingester.http.allow-cidrs=127.0.0.1/32",
                "ingester.http.min-delay=0s", "ingester.poll.interval=2s", "processor.http.port=-1", ""));
        String servers = "127.0.0.1:" + port;
        Process run = start(List.of("run", "--data-dir", work.resolve("data").toString(), "--kafka-port",
                String.valueOf(port), "--feed", base + "/feed.xml", "--config", config.toString()));
        try {
            Awaitility.await("the ordinary article alerted").atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        assertThat(run.isAlive()).as("steppewatch run exited:%n%s", log()).isTrue();
                        return alerts(servers).stream().anyMatch(a -> a.getArticleUrl().endsWith("/news/ordinary"));
                    });
            Awaitility.await("the hostile articles analysed too").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> analysedUrls(servers).containsAll(
                            List.of(base + "/news/huge", base + "/news/many", base + "/news/absurd")));
            assertThat(alerts(servers)).allSatisfy(a -> assertThat(Double.isFinite(a.getFigure().getValue())).isTrue());
            assertThat(run.isAlive()).isTrue();
        } finally {
            run.destroy();
            assertThat(run.waitFor(90, TimeUnit.SECONDS)).as("run stops within 90 s").isTrue();
        }
    }

    private static List<String> analysedUrls(String servers) {
        return TopicContents.readAll(KafkaSettings.of(servers), Topics.defaults().articlesAnalyzed()).stream()
                .map(r -> r.value().getUrl()).toList();
    }

    private static List<Alert> alerts(String servers) {
        return TopicContents.readAll(KafkaSettings.of(servers), Topics.defaults().alerts()).stream()
                .map(r -> r.value()).toList();
    }

    private Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "io.steppewatch.cli.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("run.log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("STEPPEWATCH_"));
        return builder.start();
    }

    private String log() {
        try {
            List<String> lines = Files.readAllLines(work.resolve("run.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private String feed() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Hostile</title><link>" + base + "/</link><description>test</description>");
        for (String id : List.of("absurd", "huge", "many", "ordinary")) {
            xml.append("<item><title>Kazakhstan report ").append(id).append("</title><link>").append(base)
                    .append("/news/").append(id).append("</link><description>Kazakhstan trade.</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static String page(String id) {
        String body = switch (id) {
            case "absurd" -> "<p>Trade turnover between Kazakhstan and Uzbekistan reached $1e99999999999 in 2025, and"
                    + " exports of Kazakhstan to Uzbekistan reached $" + "9".repeat(400) + " in 2025, officials said in"
                    + " Astana while ministers met in Tashkent.</p>";
            case "huge" -> {
                StringBuilder text = new StringBuilder("<p>Trade turnover between Kazakhstan and Russia reached $29.1"
                        + " billion in 2025");
                while (text.length() < 3 * 1024 * 1024) {
                    text.append(" and the delegations of both capitals went on discussing logistics, customs and banks");
                }
                yield text.append(".</p>").toString();
            }
            case "many" -> {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 400; i++) {
                    text.append("<p>Exports from Kazakhstan to China of product line ").append(i).append(" rose to $")
                            .append(100 + i).append(" million in 2025, the ministry in Astana said.</p>");
                }
                yield text.toString();
            }
            default -> "<p>Trade turnover between Kazakhstan and China reached $2.0 billion in 2025, officials said."
                    + " Ministers from Astana and Beijing met to prepare the next summit of the region's leaders, and"
                    + " cargo along the corridor grew.</p>";
        };
        return "<html lang=\"en\"><head><title>" + id + "</title></head><body><nav>Home | World</nav><article><h1>Story "
                + id + "</h1>" + body + "</article><footer>Contact us</footer></body></html>";
    }
}
