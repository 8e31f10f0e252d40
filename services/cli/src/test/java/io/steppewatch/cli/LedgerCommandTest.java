package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** {@code steppewatch ledger} against a local stand-in for the processor's query endpoint. */
class LedgerCommandTest {

    @Test
    void shouldWarnOnStderrWhenTheProcessorSaysItsAnswerIsPartial() throws Exception {
        CliRun run = against("{\"partial\":true,\"missingPartitions\":[1],\"series\":[]}");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("warning: partial answer").contains("[1]");
        assertThat(run.out()).contains("nothing known");
    }

    @Test
    void shouldPrintNoWarningWhenTheAnswerIsWhole() throws Exception {
        CliRun run = against("{\"partial\":false,\"series\":[]}");
        assertThat(run.code()).isZero();
        assertThat(run.err()).doesNotContain("warning");
    }

    private static CliRun against(String body) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        server.createContext("/ledger", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            return CliRun.of("ledger", "--url", "http://127.0.0.1:" + server.getAddress().getPort());
        } finally {
            server.stop(0);
        }
    }
}
