package io.steppewatch.notifier.slack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.steppewatch.notifier.subscription.WebhookUrl;

/**
 * Posts to Slack incoming webhooks with the JDK {@link HttpClient}.
 *
 * <p>Why not the Slack SDK's {@code Slack.getInstance().send(url, payload)}: it would add OkHttp, Kotlin's
 * standard library and a second JSON stack for one POST, its timeouts are set on a shared OkHttp client
 * rather than per request, and it still leaves status, {@code Retry-After} and the body for us to read.
 * The JDK client gives the same answer with per-request timeouts, interruptible calls (so a shutdown or a
 * crash test stops a slow post at once) and nothing new on the class path. The SDK's model classes are
 * still used to build the message.
 */
public final class SlackWebhookClient implements WebhookTransport {

    private final HttpClient client;
    private final Duration requestTimeout;

    public SlackWebhookClient(Duration connectTimeout, Duration requestTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = requestTimeout;
    }

    @Override
    public WebhookResponse post(WebhookUrl webhook, String json) throws WebhookIOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(webhook.uri())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new WebhookResponse(response.statusCode(), response.body(),
                    WebhookResponse.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        } catch (IOException e) {
            // The cause is dropped on purpose: JDK exceptions may quote the request URI, which is the secret.
            throw new WebhookIOException(e.getClass().getSimpleName() + ": " + webhook.scrub(e.getMessage()));
        }
    }
}
