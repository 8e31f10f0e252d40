package io.steppewatch.processor.query;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.steppewatch.kafka.RecordJson;
import io.steppewatch.ops.HttpEndpoints;

/**
 * A small read-only HTTP endpoint on the processor, for people and the CLI:
 * <ul>
 *   <li>{@code GET /ledger?metric=trade.turnover&subjects=KZ,RU} — the series, baseline and learned figures;</li>
 *   <li>{@code GET /alerts/recent?limit=50} — the latest alerts;</li>
 *   <li>{@code GET /health} — the Streams state.</li>
 * </ul>
 * It answers from this instance's state; with several instances, ask each (or put them behind a router).
 */
public final class QueryServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTERNAL_ERROR = "{\"error\":\"internal error\"}";

    private final HttpServer server;
    private final LedgerQueries queries;
    private final Supplier<String> state;

    private QueryServer(HttpServer server, LedgerQueries queries, Supplier<String> state) {
        this.server = server;
        this.queries = queries;
        this.state = state;
    }

    public static QueryServer start(String host, int port, LedgerQueries queries, Supplier<String> state) {
        return start(host, port, queries, state, (server, contexts) -> { });
    }

    /**
     * Starts the endpoint with {@code extension} adding its own pages (the console) before it opens; it gets
     * the JSON endpoints' contexts too, to guard them with the same token when there is one.
     */
    public static QueryServer start(String host, int port, LedgerQueries queries, Supplier<String> state,
            BiConsumer<HttpServer, List<HttpContext>> extension) {
        try {
            // A bounded pool and request deadlines: slow clients cannot hold every thread.
            HttpServer server = HttpEndpoints.create(host, port, "processor-query");
            QueryServer query = new QueryServer(server, queries, state);
            List<HttpContext> contexts = List.of(
                    server.createContext("/ledger", exchange -> query.guarded(exchange, query::ledger)),
                    server.createContext("/alerts/recent", exchange -> query.guarded(exchange, query::recent)),
                    server.createContext("/health", exchange -> query.guarded(exchange, query::health)));
            extension.accept(server, contexts);
            server.start();
            LOG.info("Ledger queries on http://{}:{}/ledger", host, server.getAddress().getPort());
            return query;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot open the query endpoint on " + host + ":" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /**
     * Every request gets an answer: a query string that cannot be decoded is the client's error (400), and
     * anything else unexpected a 500 whose body says nothing of the cause (the log has it).
     */
    private void guarded(HttpExchange exchange, Handler handler) throws IOException {
        try {
            handler.handle(exchange);
        } catch (MalformedQueryException e) {
            send(exchange, 400, JSON.createObjectNode().put("error", "malformed query string").toString());
        } catch (RuntimeException e) {
            LOG.warn("Query {} failed", exchange.getRequestURI().getRawPath(), e);
            send(exchange, 500, INTERNAL_ERROR);
        } finally {
            exchange.close();
        }
    }

    private void ledger(HttpExchange exchange) throws IOException {
        Map<String, String> params = params(exchange);
        List<String> subjects = params.containsKey("subjects") && !params.get("subjects").isBlank()
                ? Arrays.stream(params.get("subjects").split(",")).map(String::trim).map(String::toUpperCase).toList()
                : List.of();
        answer(exchange, () -> {
            ArrayNode array = JSON.createArrayNode();
            for (LedgerQueries.Series series : queries.series(params.get("metric"), subjects)) {
                ObjectNode node = array.addObject();
                node.put("metric", series.metric());
                ArrayNode subjectNodes = node.putArray("subjects");
                series.subjects().forEach(subjectNodes::add);
                ArrayNode figures = node.putArray("figures");
                series.baseline().forEach(f -> figures.add(withOrigin(f, "baseline")));
                series.learned().forEach(f -> figures.add(withOrigin(f, "learned")));
            }
            return array;
        });
    }

    private void recent(HttpExchange exchange) throws IOException {
        int limit;
        try {
            limit = Integer.parseInt(params(exchange).getOrDefault("limit", "50"));
        } catch (NumberFormatException e) {
            send(exchange, 400, "{\"error\":\"limit must be a number\"}");
            return;
        }
        int bounded = Math.max(1, Math.min(limit, 1000));
        answer(exchange, () -> {
            ArrayNode array = JSON.createArrayNode();
            queries.recentAlerts(bounded).forEach(alert -> array.add(RecordJson.toNode(alert)));
            return array;
        });
    }

    private void health(HttpExchange exchange) throws IOException {
        String current = state.get();
        send(exchange, "RUNNING".equals(current) || "REBALANCING".equals(current) ? 200 : 503,
                JSON.createObjectNode().put("state", current).toString());
    }

    private static ObjectNode withOrigin(IndexedRecord record, String origin) {
        ObjectNode node = RecordJson.toNode(record);
        node.put("origin", origin);
        return node;
    }

    private interface Body {
        com.fasterxml.jackson.databind.JsonNode build();
    }

    private void answer(HttpExchange exchange, Body body) throws IOException {
        try {
            send(exchange, 200, body.build().toString());
        } catch (InvalidStateStoreException e) {
            LOG.debug("Query {} before the state is ready: {}", exchange.getRequestURI().getRawPath(), e.toString());
            send(exchange, 503, JSON.createObjectNode().put("error", "the processor's state is not ready yet").toString());
        } catch (RuntimeException e) {
            // The message may name internals (stores, hosts, file paths): it goes to the log, not to the client.
            LOG.warn("Query {} failed", exchange.getRequestURI().getRawPath(), e);
            send(exchange, 500, INTERNAL_ERROR);
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> params(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedQueryException(); // "%zz", a lone "%": the client's mistake
        }
    }

    /** A query string that is not valid percent-encoding. */
    private static final class MalformedQueryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedQueryException() {
            super("malformed query string", null, false, false);
        }
    }

    @Override
    public void close() {
        HttpEndpoints.stop(server);
    }
}
