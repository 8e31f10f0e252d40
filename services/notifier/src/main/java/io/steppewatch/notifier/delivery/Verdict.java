package io.steppewatch.notifier.delivery;

import io.steppewatch.notifier.slack.WebhookResponse;

/** How a webhook answer is handled. */
public enum Verdict {
    /** Slack accepted the message. */
    DELIVERED,
    /** 429: wait for {@code Retry-After}, then try again. */
    RATE_LIMITED,
    /** 5xx, 408, timeouts and connection errors: back off and try again, indefinitely. */
    TRANSIENT,
    /** 400 invalid_payload, 403, 404 no_service/channel_not_found, 410 channel_is_archived...: dead-letter. */
    PERMANENT;

    public static Verdict of(WebhookResponse response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return DELIVERED;
        }
        if (status == 429) {
            return RATE_LIMITED;
        }
        if (status == 408 || status >= 500) {
            return TRANSIENT;
        }
        // Every other 4xx means the request or the webhook is wrong; sending it again cannot help.
        return PERMANENT;
    }
}
