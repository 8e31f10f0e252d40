package io.steppewatch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.steppewatch.config.LayeredConfig;

class ServiceOpsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerLiveButNotReadyUntilHealthIsGiven() throws Exception {
        try (ServiceOps ops = ServiceOps.start("ingester", LayeredConfig.ofMap(Map.of("ops.port", "0")))) {
            assertThat(status(ops, "/health/live")).isEqualTo(200);
            assertThat(status(ops, "/health/ready")).isEqualTo(503);

            AtomicBoolean polling = new AtomicBoolean(true);
            ops.health(() -> true, polling::get);

            assertThat(status(ops, "/health/ready")).isEqualTo(200);
            polling.set(false);
            assertThat(status(ops, "/health/ready")).isEqualTo(503);
        }
    }

    @Test
    void shouldServeTheServicesOwnMetersWhenRegistered() throws Exception {
        try (ServiceOps ops = ServiceOps.start("notifier", LayeredConfig.ofMap(Map.of("ops.port", "0")))) {
            ops.registry().counter("steppewatch.notifications.sent", "subscription", "trade-desk").increment();

            HttpResponse<String> response = get(ops, "/metrics");

            assertThat(response.body()).containsPattern(
                    "steppewatch_notifications_sent_total\\{service=\"notifier\",subscription=\"trade-desk\"} 1\\.0");
        }
    }

    @Test
    void shouldKeepMetricsWithoutEndpointsWhenPortIsOff() {
        try (ServiceOps ops = ServiceOps.start("processor", LayeredConfig.ofMap(Map.of()))) {
            assertThat(ops.port()).isEqualTo(-1);
            ops.registry().counter("steppewatch.alerts", "kind", "NEW_PERIOD").increment();
            assertThat(ops.metrics().scrape()).contains("steppewatch_alerts_total");
        }
    }

    private int status(ServiceOps ops, String path) throws Exception {
        return get(ops, path).statusCode();
    }

    private HttpResponse<String> get(ServiceOps ops, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
