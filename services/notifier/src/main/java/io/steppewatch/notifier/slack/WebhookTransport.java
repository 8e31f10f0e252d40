package io.steppewatch.notifier.slack;

import java.io.IOException;

import io.steppewatch.notifier.subscription.WebhookUrl;

/** Posts one JSON payload to a webhook. Any HTTP status is an answer; only I/O trouble is an exception. */
public interface WebhookTransport {

    /**
     * @throws WebhookIOException   on a timeout, refused or dropped connection; its message never holds the URL
     * @throws InterruptedException when the calling thread is interrupted
     */
    WebhookResponse post(WebhookUrl webhook, String json) throws WebhookIOException, InterruptedException;

    /** An I/O failure talking to a webhook, with a message scrubbed of the URL and no cause attached. */
    final class WebhookIOException extends IOException {

        public WebhookIOException(String message) {
            super(message);
        }
    }
}
