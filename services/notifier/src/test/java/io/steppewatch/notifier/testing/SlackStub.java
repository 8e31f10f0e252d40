package io.steppewatch.notifier.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for Slack's incoming-webhook endpoint on 127.0.0.1. Each webhook path answers with a
 * scripted sequence of {@link Reply replies}, then with its default (200 {@code ok} unless set). Every
 * request body is recorded, including the ones answered with an error, so tests can count what Slack
 * saw and what it accepted.
 */
public final class SlackStub implements AutoCloseable {

    /** One scripted answer. */
    public record Reply(int status, String body, String retryAfter, long delayMillis, boolean drop) {

        public static Reply ok() {
            return new Reply(200, "ok", null, 0, false);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body, null, 0, false);
        }

        public static Reply tooManyRequests(int retryAfterSeconds) {
            return new Reply(429, "rate_limited", String.valueOf(retryAfterSeconds), 0, false);
        }

        /** Answers 200 ok, but only after {@code millis}. */
        public static Reply slow(long millis) {
            return new Reply(200, "ok", null, millis, false);
        }

        /** Closes the connection without an answer. */
        public static Reply dropConnection() {
            return new Reply(0, "", null, 0, true);
        }
    }

    /** A request Slack received, and what it answered. */
    public record Received(String path, String body, int answeredStatus) {
    }

    static {
        // Without TCP_NODELAY the JDK server's split writes meet delayed ACKs and every answer takes ~40 ms more,
        // which would put the stub, not the notifier, into every timing. Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Reply> defaults = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Consumer<Received> onAccepted = r -> { };
    private volatile Interceptor interceptor = (path, body) -> null;

    /** Sees each request before it is answered; may return a reply that replaces the scripted one. */
    @FunctionalInterface
    public interface Interceptor {
        Reply intercept(String path, String body);
    }

    public SlackStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The full webhook URL for a path such as {@code /services/T000/B000/secret}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public SlackStub script(String path, Reply... replies) {
        scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(replies));
        return this;
    }

    public SlackStub always(String path, Reply reply) {
        defaults.put(path, reply);
        return this;
    }

    public void intercept(Interceptor interceptor) {
        this.interceptor = interceptor;
    }

    /** Called on the server thread after each 2xx answer was sent. */
    public void onAccepted(Consumer<Received> callback) {
        this.onAccepted = callback;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Bodies Slack accepted (2xx) on a path. */
    public List<String> accepted(String path) {
        List<String> bodies = new ArrayList<>();
        for (Received r : received) {
            if (r.path().equals(path) && r.answeredStatus() >= 200 && r.answeredStatus() < 300) {
                bodies.add(r.body());
            }
        }
        return bodies;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Reply reply = interceptor.intercept(path, body);
        synchronized (scripts) {
            Deque<Reply> script = scripts.get(path);
            if (reply == null) {
                reply = script != null && !script.isEmpty() ? script.pollFirst() : defaults.getOrDefault(path, Reply.ok());
            }
        }
        if (reply.drop()) {
            received.add(new Received(path, body, 0));
            exchange.close();
            return;
        }
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
        }
        exchange.getResponseHeaders().add("Content-Type", "text/plain");
        // Recorded before answering, so a client that has its answer always finds the request recorded.
        Received entry = new Received(path, body, reply.status());
        received.add(entry);
        try {
            exchange.sendResponseHeaders(reply.status(), answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (IOException e) {
            // The client gave up (timeout): Slack still got the message, which is what a real timeout risks.
            exchange.close();
        }
        if (reply.status() >= 200 && reply.status() < 300) {
            onAccepted.accept(entry);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
