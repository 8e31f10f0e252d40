package io.steppewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** A command that needs Kafka says so clearly, with exit code 3, when no broker answers. */
class UnreachableBrokerTest {

    @Test
    void shouldExitWith3AndNameTheServersWhenNoBrokerAnswers() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort(); // free again once closed: nothing listens there
        }
        CliRun tail = CliRun.of("tail", "articles", "--max", "1", "--bootstrap-servers", "127.0.0.1:" + port);
        assertThat(tail.code()).isEqualTo(3);
        assertThat(tail.err()).contains("cannot reach Kafka at 127.0.0.1:" + port);
    }

    @Test
    void shouldExitWith2WhenAnOptionIsWrong() {
        assertThat(Main.execute("tail", "articles", "--max", "0")).isEqualTo(2);
        assertThat(Main.execute("tail")).isEqualTo(2);
        assertThat(Main.execute("no-such-command")).isEqualTo(2);
    }
}
