package io.steppewatch.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The endpoints an orchestrator and Prometheus need, on one small HTTP port:
 * <ul>
 *   <li>{@code GET /metrics}: every meter in the Prometheus text format;</li>
 *   <li>{@code GET /health/live}: 200 while the process can still do its work, 503 when it should be restarted;</li>
 *   <li>{@code GET /health/ready}: 200 when the service is doing its work (Streams RUNNING, consumers
 *       assigned ...), 503 otherwise, so a rolling update waits for it.</li>
 * </ul>
 * Nothing here reveals configuration: the bodies are the metrics and a one-word status.
 */
public final class OpsServer implements AutoCloseable {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts listening at once.
     *
     * @param host interface to bind, {@code 0.0.0.0} in a container
     * @param port port, or 0 for a free one
     * @param metrics the Prometheus text of every meter, called on each scrape
     * @param live liveness: false makes {@code /health/live} answer 503
     * @param ready readiness: false makes {@code /health/ready} answer 503
     */
    public static OpsServer start(String host, int port, Supplier<String> metrics, BooleanSupplier live, BooleanSupplier ready) {
        HttpServer server;
        try {
            // A bounded pool and request deadlines, so slow clients cannot starve the liveness probe.
            server = HttpEndpoints.create(host, port, "ops-http");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for the ops endpoints on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        server.createContext("/metrics", exchange -> handle(exchange, () -> respond(exchange, 200, PROMETHEUS_TEXT, metrics.get())));
        server.createContext("/health/live", exchange -> handle(exchange, () -> health(exchange, live)));
        server.createContext("/health/ready", exchange -> handle(exchange, () -> health(exchange, ready)));
        server.createContext("/", exchange -> handle(exchange, () -> respond(exchange, 404, "text/plain; charset=utf-8", "not found\n")));
        server.start();
        OpsServer ops = new OpsServer(server);
        LOG.info("Ops endpoints on http://{}:{}/ (metrics, health/live, health/ready)", host, ops.port());
        return ops;
    }

    /** Starts the endpoints for {@code metrics} when {@code config} enables them; null when {@code ops.port} is -1. */
    public static OpsServer startIfEnabled(OpsConfig config, ServiceMetrics metrics, BooleanSupplier live, BooleanSupplier ready) {
        if (!config.enabled()) {
            return null;
        }
        return start(config.host(), config.port(), metrics::scrape, live, ready);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private interface Responder {
        void respond() throws IOException;
    }

    private static void handle(HttpExchange exchange, Responder responder) throws IOException {
        try {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
                return;
            }
            responder.respond();
        } catch (RuntimeException e) {
            // A failing probe or scrape must answer, not hang the caller until its timeout.
            LOG.warn("Ops endpoint {} failed: {}", exchange.getRequestURI().getPath(), e.toString());
            respond(exchange, 500, "text/plain; charset=utf-8", "error\n");
        } finally {
            exchange.close();
        }
    }

    private static void health(HttpExchange exchange, BooleanSupplier check) throws IOException {
        boolean up = check.getAsBoolean();
        respond(exchange, up ? 200 : 503, "application/json", up ? "{\"status\":\"UP\"}\n" : "{\"status\":\"DOWN\"}\n");
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        HttpEndpoints.stop(server);
    }
}
