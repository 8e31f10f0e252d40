package io.steppewatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

/** What the CLI's integration tests need of 127.0.0.1: ports for an embedded broker, answers from local sites. */
public final class Loopback {

    private Loopback() {
    }

    /** A free port whose next port is free too: the embedded broker takes both (the second for its controller). */
    public static int freePortPair() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, loopback)) {
                int port = socket.getLocalPort();
                try (ServerSocket next = new ServerSocket(port + 1, 1, loopback)) {
                    return port;
                } catch (IOException taken) {
                    // try another pair
                }
            }
        }
        throw new IOException("no two consecutive free ports on 127.0.0.1");
    }

    /** Answers {@code exchange} with {@code body} as UTF-8 of the given content type. */
    public static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
