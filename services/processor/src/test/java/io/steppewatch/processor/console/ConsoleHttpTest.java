package io.steppewatch.processor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;

import io.steppewatch.processor.ProcessorConfig;

/** The console over real HTTP on 127.0.0.1: headers, assets, read-only, and the token when one is set. */
class ConsoleHttpTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private ConsoleIndex index;
    private final HttpClient client = HttpClient.newHttpClient();

    private String start(String token) throws IOException {
        index = ConsoleIndex.open(dir.resolve("index"));
        ConsolePages pages = new ConsolePages(ConsoleFixtures.ledger(List.of(), List.of()), index, () -> "RUNNING",
                Clock.fixed(Instant.parse("2025-11-10T12:00:00Z"), ZoneOffset.UTC), 0.02);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        HttpContext json = server.createContext("/ledger", exchange -> {
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        new Console(pages, token).install(server, List.of(json));
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    void shouldServePagesAndAssetsWithAStrictPolicyWhenNoTokenIsSet() throws Exception {
        String base = start(null);

        HttpResponse<String> home = get(base + "/", Map.of());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(home.body()).contains("Latest alerts");
        assertThat(get(base + Assets.HTMX, Map.of()).headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(get(base + Assets.UPLOT, Map.of()).statusCode()).isEqualTo(200);
        assertThat(get(base + "/assets/console.js", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get(base + "/webjars/../io/steppewatch/processor/ProcessorConfig.class", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get(base + "/alerts/unknown", Map.of()).statusCode()).isEqualTo(404);
        assertThat(rawStatusLine(base, "/articles/%zz")).contains(" 400 ");
        assertThat(get(base + "/series/trade.turnover/KZ,RU", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get(base + "/search?q=%22&from=yesterday", Map.of()).body()).contains("Dates are YYYY-MM-DD");

        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(base + "/")).POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void shouldRequireTheTokenOnPagesAndJsonEndpointsWhenOneIsSet() throws Exception {
        String base = start("s3cret-token");

        assertThat(get(base + "/", Map.of()).statusCode()).isEqualTo(401);
        assertThat(get(base + "/ledger", Map.of()).statusCode()).isEqualTo(401);
        assertThat(get(base + "/?token=wrong", Map.of()).statusCode()).isEqualTo(401);
        assertThat(get(base + "/ledger", Map.of("Authorization", "Bearer s3cret-token")).statusCode()).isEqualTo(200);

        HttpResponse<String> login = get(base + "/search?token=s3cret-token", Map.of());
        assertThat(login.statusCode()).isEqualTo(303);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        assertThat(login.headers().firstValue("Location")).hasValue("/search");
        assertThat(get(base + "/search", Map.of("Cookie", cookie.substring(0, cookie.indexOf(';')))).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseToListenBeyondLoopbackWhenNoTokenIsSet() {
        assertThatThrownBy(() -> ProcessorConfig.of(Map.of("processor.http.port", "8742", "processor.http.host", "0.0.0.0")))
                .hasMessageContaining("console.token");
        ProcessorConfig guarded = ProcessorConfig.of(Map.of("processor.http.port", "8742", "processor.http.host", "0.0.0.0",
                "console.token", "t"));
        assertThat(guarded.consoleToken()).isEqualTo("t");
        assertThat(ProcessorConfig.of(Map.of("processor.http.port", "8742")).httpHost()).isEqualTo("127.0.0.1");
    }

    /** A request HttpClient would refuse to send (a malformed escape), written by hand. */
    private static String rawStatusLine(String base, String path) throws IOException {
        URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private HttpResponse<String> get(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
