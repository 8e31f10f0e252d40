package io.steppewatch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clients that connect and send nothing, or half a request, never keep the liveness probe from answering. */
class OpsServerSlowClientTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Socket> slow = new ArrayList<>();
    private ServiceMetrics metrics;
    private OpsServer server;

    @BeforeEach
    void start() {
        metrics = ServiceMetrics.create("ingester");
        server = OpsServer.start("127.0.0.1", 0, metrics::scrape, () -> true, () -> true);
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
        server.close();
        metrics.close();
    }

    @Test
    void shouldAnswerLivenessWhenSlowClientsHoldConnectionsOpen() throws Exception {
        openSilent();
        for (int i = 0; i < 4; i++) {
            openHalfRequest();
        }
        HttpResponse<String> live = live(Duration.ofSeconds(5));
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("UP");
    }

    @Test
    void shouldFreeItsThreadsWhenMoreSlowClientsThanThreadsNeverFinishTheirRequest() throws Exception {
        for (int i = 0; i < HttpEndpoints.THREADS + 4; i++) {
            openHalfRequest();
        }
        // Every thread is held until the request deadline closes the slow connections; then the probe answers.
        HttpResponse<String> live = live(Duration.ofSeconds(HttpEndpoints.REQUEST_SECONDS * 3L));
        assertThat(live.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> live(Duration timeout) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health/live"))
                .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void openSilent() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        slow.add(socket);
    }

    /** A request line and one header, then nothing: the server waits for the rest of the headers. */
    private void openHalfRequest() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        OutputStream out = socket.getOutputStream();
        out.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(socket);
    }
}
