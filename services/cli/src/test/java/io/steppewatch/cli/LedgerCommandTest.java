package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void shouldPresentTheTokenFromItsFileWhenTheProcessorRequiresOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "s3cret-token\n");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        server.createContext("/ledger", exchange -> {
            boolean allowed = "Bearer s3cret-token".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = (allowed ? "{\"partial\":false,\"series\":[]}" : "{\"error\":\"token\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(allowed ? 200 : 401, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(CliRun.of("ledger", "--url", url, "--token-file", file.toString()).code()).isZero();
            assertThat(CliRun.of("ledger", "--url", url).code()).as("without the token").isNotZero();
        } finally {
            server.stop(0);
        }
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
