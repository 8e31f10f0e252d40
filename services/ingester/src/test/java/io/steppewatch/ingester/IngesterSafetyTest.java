package io.steppewatch.ingester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.steppewatch.avro.Article;
import io.steppewatch.ingester.feed.FeedSpec;
import io.steppewatch.ingester.fetch.HostResolver;
import io.steppewatch.ingester.testing.ConnectionTrap;
import io.steppewatch.ingester.testing.FeedFixtures;
import io.steppewatch.ingester.testing.FeedFixtures.Item;
import io.steppewatch.ingester.testing.InMemorySink;
import io.steppewatch.ingester.testing.LocalHttpServer;
import io.steppewatch.ingester.testing.MutableClock;

/** The whole poll loop facing hostile feeds, internal links and rate limits. */
class IngesterSafetyTest {

    private static final String SECRET = "TOP-SECRET-91c2";

    @TempDir
    Path dir;

    private LocalHttpServer server;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    private final List<Ingester> ingesters = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        server = new LocalHttpServer();
    }

    @AfterEach
    void tearDown() {
        ingesters.forEach(Ingester::stop);
        server.close();
    }

    private Ingester ingester(InMemorySink sink, HostResolver resolver, String... paths) {
        List<FeedSpec> specs = new ArrayList<>();
        for (String p : paths) {
            specs.add(FeedSpec.of(server.uri(p).toString()));
        }
        IngesterConfig config = IngesterConfig.of(Map.of("ingester.http.allow-cidrs", "127.0.0.1/32",
                "ingester.http.min-delay", "0s", "ingester.http.max-host-wait", "2s"));
        Ingester ingester = Ingester.builder(config).sink(sink).feeds(specs).resolver(resolver)
                .registry(new SimpleMeterRegistry()).clock(clock).build();
        ingesters.add(ingester);
        return ingester;
    }

    private static String rss(String doctype, String title) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "\n<rss version=\"2.0\"><channel><title>t</title><link>http://e.kz/</link>"
                + "<description>d</description><item><title>" + title + "</title><link>http://127.0.0.1:1/a</link>"
                + "<description>" + title + "</description></item></channel></rss>";
    }

    @Test
    void shouldReadNothingAndFetchNothingWhenFeedsAreHostile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        server.text("/evil.dtd", "application/xml-dtd", "<!ENTITY leak \"" + SECRET + "\">");
        String dtd = server.uri("/evil.dtd").toString();
        server.text("/xxe", "application/rss+xml", rss("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;"));
        server.text("/param", "application/rss+xml", rss("<!DOCTYPE rss [<!ENTITY % r SYSTEM \"" + dtd + "\"> %r;]>", "&leak;"));
        server.text("/remote-dtd", "application/rss+xml", rss("<!DOCTYPE rss SYSTEM \"" + dtd + "\">", "&leak;"));
        StringBuilder bomb = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 12; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        server.text("/bomb", "application/rss+xml", rss(bomb.append("]>").toString(), "&a12;"));
        InMemorySink sink = new InMemorySink();

        PollReport report = ingester(sink, HostResolver.system(), "/xxe", "/param", "/remote-dtd", "/bomb").pollOnce();

        assertThat(server.count("/evil.dtd")).isZero();
        assertThat(report.feedsFailed()).isGreaterThanOrEqualTo(3);
        assertThat(sink.topic()).allSatisfy(a -> {
            assertThat(a.getTitle()).doesNotContain(SECRET).doesNotContain("lol");
            assertThat(a.getText()).doesNotContain(SECRET).doesNotContain("lol");
        });
    }

    @Test
    void shouldUseFeedTextAndNeverConnectWhenItemLinksToInternalAddress() throws Exception {
        try (ConnectionTrap trap = new ConnectionTrap()) {
            String internal = "http://127.0.0.2:" + trap.port() + "/admin/report";
            server.text("/feed", "application/rss+xml", FeedFixtures.rss("F", List.of(
                    new Item("Kazakhstan budget report", internal, "Budget summary from the feed.", null))));
            HostResolver resolver = host -> {
                if (host.equals("127.0.0.1")) {
                    return List.of(InetAddress.getByName("127.0.0.1"));
                }
                if (host.equals("127.0.0.2")) {
                    return List.of(InetAddress.getByName("169.254.169.254"));
                }
                throw new UnknownHostException(host);
            };
            InMemorySink sink = new InMemorySink();
            PollReport report = ingester(sink, resolver, "/feed").pollOnce();
            assertThat(report.pagesFailed()).isEqualTo(1);
            assertThat(sink.topic()).singleElement().extracting(Article::getTextSource).isEqualTo("feed");
            assertThat(trap.connections()).isZero();
        }
    }

    @Test
    void shouldLeaveItemForLaterWhenPageIsRateLimited() throws Exception {
        server.text("/feed", "application/rss+xml", FeedFixtures.rss("F", List.of(
                new Item("Uzbekistan trade figures", server.uri("/news/1").toString(), "Trade summary.", null))));
        server.route("/feed", ex -> {
            ex.getResponseHeaders().set("ETag", "\"same\"");
            byte[] body = FeedFixtures.rss("F", List.of(new Item("Uzbekistan trade figures", server.uri("/news/1").toString(),
                    "Trade summary.", null))).getBytes(StandardCharsets.UTF_8);
            boolean match = "\"same\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            LocalHttpServer.respond(ex, match ? 304 : 200, "application/rss+xml", match ? new byte[0] : body);
        });
        boolean[] limited = {true};
        server.route("/news/1", ex -> {
            if (limited[0]) {
                ex.getResponseHeaders().set("Retry-After", "3600");
                LocalHttpServer.respond(ex, 503, "text/plain", "later".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalHttpServer.respond(ex, 200, "text/html", FeedFixtures.page("Uzbekistan trade figures",
                        "Trade between Uzbekistan and Kazakhstan grew.").getBytes(StandardCharsets.UTF_8));
            }
        });
        InMemorySink sink = new InMemorySink();
        Ingester ingester = ingester(sink, HostResolver.system(), "/feed");
        assertThat(ingester.pollOnce().published()).isZero();
        assertThat(sink.topic()).isEmpty();

        limited[0] = false;
        clock.advance(Duration.ofMinutes(16));
        // The host's own Retry-After still holds in real time, so a new ingester (fresh politeness state) retries.
        Ingester next = ingester(new InMemorySink(sink.topic()), HostResolver.system(), "/feed");
        assertThat(next.pollOnce().published()).isEqualTo(1);
        assertThat(sink.topic()).singleElement().extracting(Article::getTextSource).isEqualTo("page");
        assertThat(server.seen().stream().filter(s -> s.path().equals("/feed")).map(s -> s.header("If-None-Match")))
                .as("the feed was re-read in full after the deferral").containsOnlyNulls();
    }
}
