package io.steppewatch.ingester.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.steppewatch.ingester.testing.ConnectionTrap;
import io.steppewatch.ingester.testing.LocalHttpServer;

class HttpFetcherTest {

    private static final String UA = "steppewatch/test (+https://github.com/steppewatch/steppewatch)";

    private LocalHttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void setUp() throws IOException {
        server = new LocalHttpServer();
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        server.close();
    }

    private static FetchLimits limits() {
        return new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, 64 * 1024, 256 * 1024, 5, 2,
                Duration.ZERO, Duration.ofSeconds(5), List.of("127.0.0.1/32"), true, UA);
    }

    private static HttpFetcher fetcher(FetchLimits limits, HostResolver resolver) {
        return new HttpFetcher(limits, resolver, Clock.systemUTC());
    }

    private static HttpFetcher fetcher() {
        return fetcher(limits(), HostResolver.system());
    }

    /** A resolver that answers from a table and never asks the network. */
    private static HostResolver table(Map<String, String> names) {
        return host -> {
            String ip = names.get(host);
            if (ip == null) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(ip));
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "169.254.169.254", "192.168.1.1", "172.16.5.4", "100.64.0.1", "0.0.0.0",
        "::1", "fd00:ec2::254", "fe80::1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "127.0.0.2"})
    void shouldRefuseBeforeConnectingWhenNameResolvesToInternalAddress(String internal) throws Exception {
        // The URL names 127.0.0.2, where a trap counts connections; the stub resolver says the name is internal.
        try (ConnectionTrap trap = new ConnectionTrap()) {
            HttpFetcher fetcher = fetcher(limits(), table(Map.of("127.0.0.2", internal)));
            FetchException e = assertThrows(FetchException.class,
                    () -> fetcher.fetch(FetchRequest.feed(URI.create("http://127.0.0.2:" + trap.port() + "/feed"), null, null)));
            assertThat(e.reason()).isEqualTo(FetchException.Reason.FORBIDDEN_ADDRESS);
            assertThat(trap.connections()).isZero();
        }
    }

    @Test
    void shouldRefuseWhenRedirectLeadsToMetadataAddress() throws Exception {
        try (ConnectionTrap trap = new ConnectionTrap()) {
            server.route("/feed", ex -> {
                ex.getResponseHeaders().set("Location", "http://127.0.0.2:" + trap.port() + "/latest/meta-data/");
                LocalHttpServer.respond(ex, 302, null, new byte[0]);
            });
            HttpFetcher fetcher = fetcher(limits(), table(Map.of("127.0.0.1", "127.0.0.1", "127.0.0.2", "169.254.169.254")));
            FetchException e = assertThrows(FetchException.class,
                    () -> fetcher.fetch(FetchRequest.feed(server.uri("/feed"), null, null)));
            assertThat(e.reason()).isEqualTo(FetchException.Reason.FORBIDDEN_ADDRESS);
            assertThat(server.count("/feed")).isEqualTo(1);
            assertThat(trap.connections()).isZero();
        }
    }

    @Test
    void shouldRefuseLoopbackWhenNotAllowlisted() {
        server.text("/feed", "application/rss+xml", "<rss/>");
        HttpFetcher strict = fetcher(limits().withAllowedCidrs(List.of()), HostResolver.system());
        FetchException e = assertThrows(FetchException.class,
                () -> strict.fetch(FetchRequest.feed(server.uri("/feed"), null, null)));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.FORBIDDEN_ADDRESS);
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void shouldRefuseRedirectToFileScheme() {
        server.route("/feed", ex -> {
            ex.getResponseHeaders().set("Location", "file:///etc/passwd");
            LocalHttpServer.respond(ex, 301, null, new byte[0]);
        });
        FetchException e = assertThrows(FetchException.class, () -> fetcher().fetch(FetchRequest.feed(server.uri("/feed"), null, null)));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.FORBIDDEN_SCHEME);
    }

    @Test
    void shouldStopWhenRedirectsLoop() {
        server.route("/a", ex -> redirect(ex, "/b"));
        server.route("/b", ex -> redirect(ex, "/a"));
        FetchException e = assertThrows(FetchException.class, () -> fetcher().fetch(FetchRequest.feed(server.uri("/a"), null, null)));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.REDIRECT_LOOP);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void shouldFollowFiveRedirectsButNotSix() throws Exception {
        for (int i = 0; i < 6; i++) {
            String next = "/r" + (i + 1);
            server.route("/r" + i, ex -> redirect(ex, next));
        }
        server.text("/r5", "text/plain", "five");
        server.text("/r6", "text/plain", "six");
        FetchResponse ok = fetcher().fetch(FetchRequest.feed(server.uri("/r0"), null, null));
        assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("five");
        assertThat(ok.finalUri().getPath()).isEqualTo("/r5");
        server.route("/r5", ex -> redirect(ex, "/r6"));
        FetchException e = assertThrows(FetchException.class, () -> fetcher().fetch(FetchRequest.feed(server.uri("/r0"), null, null)));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS);
        assertThat(server.count("/r6")).isZero();
    }

    @Test
    void shouldRefuseWhenBodyIsOverLimit() {
        byte[] big = new byte[100 * 1024];
        server.route("/declared", ex -> LocalHttpServer.respond(ex, 200, "text/html", big));
        server.route("/chunked", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(new byte[1024]);
                }
            } catch (IOException closedByClient) {
                // The client hangs up once over the limit.
            }
        });
        for (String path : List.of("/declared", "/chunked")) {
            FetchException e = assertThrows(FetchException.class, () -> fetcher().fetch(FetchRequest.page(server.uri(path))));
            assertThat(e.reason()).as(path).isEqualTo(FetchException.Reason.TOO_LARGE);
        }
    }

    @Test
    void shouldRefuseWhenGzipBodyDecompressesOverLimit() throws Exception {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(64 * 1024);
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(ex, 200, "text/html", bomb);
        });
        byte[] page = "<html><body>Астана</body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] small = gzip(page);
        server.route("/small", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalHttpServer.respond(ex, 200, "text/html", small);
        });
        HttpFetcher fetcher = fetcher(new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, 64 * 1024,
                256 * 1024, 5, 2, Duration.ZERO, Duration.ofSeconds(5), List.of("127.0.0.1/32"), false, UA), HostResolver.system());
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(FetchRequest.page(server.uri("/bomb"))));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.DECOMPRESSED_TOO_LARGE);
        assertThat(fetcher.fetch(FetchRequest.page(server.uri("/small"))).body()).isEqualTo(page);
        assertThat(server.seen().get(0).header("Accept-Encoding")).contains("gzip");
    }

    @Test
    void shouldDeferHostWhenServerAnswers429WithRetryAfter() {
        server.route("/feed", ex -> {
            ex.getResponseHeaders().set("Retry-After", "120");
            LocalHttpServer.respond(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        HttpFetcher fetcher = fetcher();
        Instant before = Instant.now();
        FetchException first = assertThrows(FetchException.class, () -> fetcher.fetch(FetchRequest.feed(server.uri("/feed"), null, null)));
        assertThat(first.reason()).isEqualTo(FetchException.Reason.RATE_LIMITED);
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.retryAt()).isBetween(before.plusSeconds(119), Instant.now().plusSeconds(121));
        assertThat(first.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        // The host asked for two minutes, longer than the wait limit: the next request fails without a packet.
        FetchException second = assertThrows(FetchException.class, () -> fetcher.fetch(FetchRequest.feed(server.uri("/other"), null, null)));
        assertThat(second.reason()).isEqualTo(FetchException.Reason.RATE_LIMITED);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void shouldDeferHostWhenServerAnswers503WithHttpDate() {
        Instant at = Instant.now().plusSeconds(3600);
        server.route("/feed", ex -> {
            ex.getResponseHeaders().set("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(at.atZone(java.time.ZoneOffset.UTC)));
            LocalHttpServer.respond(ex, 503, "text/plain", "maintenance".getBytes(StandardCharsets.UTF_8));
        });
        FetchException e = assertThrows(FetchException.class, () -> fetcher().fetch(FetchRequest.feed(server.uri("/feed"), null, null)));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.RATE_LIMITED);
        assertThat(e.retryAt()).isBetween(at.minusSeconds(2), at.plusSeconds(1));
    }

    @Test
    void shouldRespectRobotsTxtWhenFetchingPages() throws Exception {
        server.text("/robots.txt", "text/plain", "User-agent: steppewatch\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n");
        server.text("/private/1", "text/html", "<p>secret</p>");
        server.text("/news/1", "text/html", "<p>news</p>");
        HttpFetcher fetcher = fetcher();
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(FetchRequest.page(server.uri("/private/1"))));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED);
        assertThat(fetcher.fetch(FetchRequest.page(server.uri("/news/1"))).body()).asString(StandardCharsets.UTF_8).contains("news");
        assertThat(server.count("/private/1")).isZero();
        assertThat(server.count("/robots.txt")).isEqualTo(1);
    }

    @Test
    void shouldSlowDownToCrawlDelayWhenRobotsTxtAsks() throws Exception {
        server.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 7\n");
        server.text("/news/1", "text/html", "<p>news</p>");
        HttpFetcher fetcher = fetcher();
        String host = "127.0.0.1:" + server.port();
        assertThat(fetcher.hostLimiter().delay(host)).isEqualTo(Duration.ZERO);
        fetcher.fetch(FetchRequest.page(server.uri("/news/1")));
        assertThat(fetcher.hostLimiter().delay(host)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void shouldAllowPagesWhenRobotsTxtIsMissing() throws Exception {
        server.text("/news/1", "text/html", "<p>news</p>");
        assertThat(fetcher().fetch(FetchRequest.page(server.uri("/news/1"))).status()).isEqualTo(200);
        assertThat(server.count("/robots.txt")).isEqualTo(1);
    }

    @Test
    void shouldSendUserAgentAndAnswerNotModifiedWhenEtagMatches() throws Exception {
        server.route("/feed", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                LocalHttpServer.respond(ex, 304, null, new byte[0]);
            } else {
                LocalHttpServer.respond(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        HttpFetcher fetcher = fetcher();
        FetchResponse first = fetcher.fetch(FetchRequest.feed(server.uri("/feed"), null, null));
        assertThat(first.etag()).isEqualTo("\"v1\"");
        FetchResponse second = fetcher.fetch(FetchRequest.feed(server.uri("/feed"), first.etag(), null));
        assertThat(second.notModified()).isTrue();
        assertThat(server.seen()).allSatisfy(s -> assertThat(s.header("User-Agent")).isEqualTo(UA));
    }

    @Test
    void shouldTimeOutWhenServerNeverAnswers() {
        server.route("/stall", ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        HttpFetcher fetcher = fetcher(new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(300), 64 * 1024, 64 * 1024,
                256 * 1024, 5, 2, Duration.ZERO, Duration.ofSeconds(5), List.of("127.0.0.1/32"), true, UA), HostResolver.system());
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(FetchRequest.feed(server.uri("/stall"), null, null)));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.TIMEOUT);
    }

    @Test
    void shouldReadLocalFileFeedAndAnswerNotModifiedWhenUnchanged(@TempDir Path dir) throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.xml"), "<rss/>");
        HttpFetcher fetcher = fetcher();
        FetchResponse first = fetcher.fetch(FetchRequest.feed(feed.toUri(), null, null));
        assertThat(first.body()).asString(StandardCharsets.UTF_8).isEqualTo("<rss/>");
        assertThat(fetcher.fetch(FetchRequest.feed(feed.toUri(), null, first.lastModified())).notModified()).isTrue();
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(FetchRequest.page(feed.toUri())));
        assertThat(e.reason()).isEqualTo(FetchException.Reason.FORBIDDEN_SCHEME);
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        LocalHttpServer.respond(ex, 302, null, new byte[0]);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
