package io.steppewatch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.steppewatch.config.LayeredConfig;

import java.util.Map;

class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean live = new AtomicBoolean(true);
    private final AtomicBoolean ready = new AtomicBoolean(false);
    private ServiceMetrics metrics;
    private OpsServer server;

    @BeforeEach
    void start() {
        metrics = ServiceMetrics.create("ingester");
        server = OpsServer.start("127.0.0.1", 0, metrics::scrape, live::get, ready::get);
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void shouldServePrometheusTextWithServiceTagWhenMetricsScraped() throws Exception {
        metrics.registry().counter("steppewatch.feeds.polled", "outcome", "ok").increment(3);

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(OpsServer.PROMETHEUS_TEXT);
        assertThat(response.body())
                .contains("# TYPE steppewatch_feeds_polled_total counter")
                .containsPattern("steppewatch_feeds_polled_total\\{outcome=\"ok\",service=\"ingester\"} 3\\.0")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldAnswer503UntilReadyAndThen200WhenReadinessChanges() throws Exception {
        assertThat(get("/health/ready").statusCode()).isEqualTo(503);
        assertThat(get("/health/ready").body()).contains("DOWN");

        ready.set(true);

        HttpResponse<String> response = get("/health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void shouldAnswer503WhenNoLongerLive() throws Exception {
        assertThat(get("/health/live").statusCode()).isEqualTo(200);

        live.set(false);

        assertThat(get("/health/live").statusCode()).isEqualTo(503);
    }

    @Test
    void shouldRefuseOtherMethodsAndPathsWhenCalled() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get("/config").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswer500AndKeepServingWhenACheckThrows() throws Exception {
        server.close();
        server = OpsServer.start("127.0.0.1", 0, metrics::scrape, () -> {
            throw new IllegalStateException("broken check");
        }, ready::get);

        assertThat(get("/health/live").statusCode()).isEqualTo(500);
        assertThat(get("/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNotStartWhenPortIsMinusOne() {
        OpsConfig config = OpsConfig.from(LayeredConfig.ofMap(Map.of()));

        assertThat(config.enabled()).isFalse();
        assertThat(OpsServer.startIfEnabled(config, metrics, live::get, ready::get)).isNull();
    }

    @Test
    void shouldListenOnConfiguredPortWhenEnabled() throws Exception {
        OpsConfig config = OpsConfig.from(LayeredConfig.ofMap(Map.of("ops.port", "0", "ops.host", "127.0.0.1")));
        try (OpsServer enabled = OpsServer.startIfEnabled(config, metrics, live::get, ready::get)) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + enabled.port() + "/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
