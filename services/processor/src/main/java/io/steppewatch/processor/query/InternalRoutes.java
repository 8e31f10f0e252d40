package io.steppewatch.processor.query;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;

import io.steppewatch.avro.Alert;
import io.steppewatch.avro.LedgerTimeline;
import io.steppewatch.kafka.AvroSerde;

/**
 * The routes other processor instances call: {@code /internal/ledger} and {@code /internal/alerts/recent}
 * answer from this instance's own stores only (the {@code /internal/} prefix is the marker), so a fan-out
 * never fans out again. With a token set, a caller must present it.
 */
final class InternalRoutes {

    private final LedgerQueries queries;
    private final byte[] expected;

    InternalRoutes(LedgerQueries queries, String token) {
        this.queries = queries;
        this.expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    /** Serves one internal request; {@code params} are its decoded query parameters. */
    void handle(HttpExchange exchange, Map<String, String> params) throws IOException {
        if (!authorised(exchange)) {
            send(exchange, 401, "{\"error\":\"this route needs the instances' bearer token\"}");
            return;
        }
        Set<Integer> partitions;
        int limit;
        try {
            partitions = LedgerQueries.partitions(params.get("partitions"));
            limit = Math.max(1, Math.min(Integer.parseInt(params.getOrDefault("limit", "50")), 1000));
        } catch (NumberFormatException e) {
            send(exchange, 400, "{\"error\":\"partitions and limit must be numbers\"}");
            return;
        }
        boolean stale = Boolean.parseBoolean(params.get("stale"));
        String path = exchange.getRequestURI().getPath();
        if (path.equals(LedgerQueries.LEDGER_ROUTE)) {
            send(exchange, 200, PeerClient.encode(queries.localLedger(partitions, stale, params.get("metric"),
                    params.get("key")), AvroSerde.of(LedgerTimeline.class)));
        } else if (path.equals(LedgerQueries.RECENT_ROUTE)) {
            send(exchange, 200, PeerClient.encode(queries.localRecentAlerts(partitions, stale, limit),
                    AvroSerde.of(Alert.class)));
        } else {
            send(exchange, 404, "{\"error\":\"no such route\"}");
        }
    }

    private boolean authorised(HttpExchange exchange) {
        if (expected == null) {
            return true;
        }
        String given = exchange.getRequestHeaders().getFirst(PeerClient.TOKEN_HEADER);
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
