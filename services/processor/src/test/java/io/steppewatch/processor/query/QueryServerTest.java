package io.steppewatch.processor.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.steppewatch.processor.ledger.Baseline;

/** The query endpoint over real HTTP on 127.0.0.1: bad requests, failing queries and slow clients. */
class QueryServerTest {

    private final List<Socket> slow = new ArrayList<>();
    private QueryServer server;

    @BeforeEach
    void start() {
        // No Streams behind it: every ledger query fails, as a bug or a broken store would make it.
        server = QueryServer.start("127.0.0.1", 0, new LedgerQueries(null, Baseline.of(List.of())), () -> "RUNNING");
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
        server.close();
    }

    @Test
    void shouldAnswer400WhenAPercentEscapeIsMalformed() throws Exception {
        // The JDK server refuses such a request line itself; the handler's own decoding guard backs it up.
        assertThat(exchange("GET /ledger?metric=%zz&subjects=KZ% HTTP/1.1")).startsWith("HTTP/1.1 400");
        assertThat(exchange("GET /ledger?metric=trade%2 HTTP/1.1")).startsWith("HTTP/1.1 400");
    }

    @Test
    void shouldAnswerAGenericErrorWhenAQueryFails() throws Exception {
        String response = exchange("GET /ledger?metric=trade.turnover HTTP/1.1");
        assertThat(response).startsWith("HTTP/1.1 500").endsWith("{\"error\":\"internal error\"}")
                .doesNotContain("streams").doesNotContain("null");
    }

    @Test
    void shouldAnswerHealthWhenSlowClientsHoldConnectionsOpen() throws Exception {
        for (int i = 0; i < 4; i++) {
            Socket socket = connect();
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slow.add(socket);
        }
        slow.add(connect()); // and one that sends nothing at all
        assertThat(exchange("GET /health HTTP/1.1")).startsWith("HTTP/1.1 200").contains("RUNNING");
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        return socket;
    }

    /** Sends a raw request (no client library would send a malformed escape) and reads the whole answer. */
    private String exchange(String requestLine) throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
