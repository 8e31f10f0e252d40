package io.steppewatch.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The JDK HTTP servers behind our small endpoints (ops, processor queries), made to stand slow and broken
 * clients. The JDK server reads a request's headers on an executor thread and, by default, waits for
 * them forever: a few clients that send half a request held every thread of a two-thread pool, and the
 * liveness probe went unanswered. Here the pool is larger (still bounded), and a request must arrive, and
 * a response leave, within {@value #REQUEST_SECONDS} seconds, or the connection is closed.
 */
public final class HttpEndpoints {

    /** Threads per server: more than a handful of stuck clients, few enough for a sidecar-sized service. */
    public static final int THREADS = 8;
    /** Seconds a client has to send its request, and the server to send the response. */
    public static final int REQUEST_SECONDS = 10;

    private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";
    private static final String MAX_RESPONSE_TIME = "sun.net.httpserver.maxRspTime";

    static {
        // The JDK reads these once, when its first server is created, for every server of the process: set
        // them before any server exists, unless the operator chose other values (-D on the command line).
        if (System.getProperty(MAX_REQUEST_TIME) == null) {
            System.setProperty(MAX_REQUEST_TIME, String.valueOf(REQUEST_SECONDS));
        }
        if (System.getProperty(MAX_RESPONSE_TIME) == null) {
            System.setProperty(MAX_RESPONSE_TIME, String.valueOf(REQUEST_SECONDS));
        }
    }

    private HttpEndpoints() {
    }

    /** A server bound to {@code host:port} (0 for a free port) with a bounded pool of daemon threads, not started. */
    public static HttpServer create(String host, int port, String threadName) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        server.setExecutor(executor(threadName));
        return server;
    }

    /** Stops the server and its threads. */
    public static void stop(HttpServer server) {
        server.stop(0);
        if (server.getExecutor() instanceof ExecutorService executor) {
            executor.shutdownNow();
        }
    }

    private static ExecutorService executor(String threadName) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, threadName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
