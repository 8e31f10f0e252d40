package io.steppewatch.notifier.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.steppewatch.notifier.subscription.WebhookUrl;
import io.steppewatch.notifier.testing.SlackStub;
import io.steppewatch.notifier.testing.SlackStub.Reply;

class SlackWebhookClientTest {

    private final SlackWebhookClient client = new SlackWebhookClient(Duration.ofSeconds(2), Duration.ofMillis(1_000));

    @Test
    void shouldReturnStatusBodyAndRetryAfterWhenSlackAnswers() throws Exception {
        try (SlackStub slack = new SlackStub()) {
            slack.always("/hook/a", Reply.tooManyRequests(17));

            WebhookResponse response = client.post(WebhookUrl.parse(slack.url("/hook/a")), "{\"text\":\"hi\"}");

            assertThat(response.status()).isEqualTo(429);
            assertThat(response.body()).isEqualTo("rate_limited");
            assertThat(response.retryAfter()).contains(Duration.ofSeconds(17));
            assertThat(slack.received()).singleElement().extracting(SlackStub.Received::body).isEqualTo("{\"text\":\"hi\"}");
        }
    }

    @Test
    void shouldThrowWithoutTheUrlWhenConnectionIsRefused() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WebhookUrl webhook = WebhookUrl.parse("http://127.0.0.1:" + closedPort + "/services/T/B/refusedSecret");

        WebhookTransportException error = new WebhookTransportException(assertThrows(
                WebhookTransport.WebhookIOException.class, () -> client.post(webhook, "{}")));

        assertThat(error.text()).doesNotContain("refusedSecret").doesNotContain(String.valueOf(closedPort) + "/services");
        assertThat(error.cause().getCause()).isNull();
    }

    @Test
    void shouldThrowWithoutTheUrlWhenAnswerIsTooSlow() throws Exception {
        try (SlackStub slack = new SlackStub()) {
            slack.always("/hook/slowSecret", Reply.slow(3_000));

            WebhookTransport.WebhookIOException error = assertThrows(WebhookTransport.WebhookIOException.class,
                    () -> client.post(WebhookUrl.parse(slack.url("/hook/slowSecret")), "{}"));

            assertThat(error.getMessage()).contains("HttpTimeoutException").doesNotContain("slowSecret");
        }
    }

    private record WebhookTransportException(WebhookTransport.WebhookIOException cause) {
        String text() {
            return cause.getMessage() + " " + cause;
        }
    }
}
