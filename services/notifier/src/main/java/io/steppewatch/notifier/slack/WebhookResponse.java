package io.steppewatch.notifier.slack;

import java.time.Duration;
import java.util.Optional;

/**
 * What Slack answered to one webhook post.
 *
 * @param status     HTTP status
 * @param body       response body, cut to a short length ({@code ok}, {@code invalid_payload}, {@code no_service}...)
 * @param retryAfter the {@code Retry-After} header, when present and valid
 */
public record WebhookResponse(int status, String body, Optional<Duration> retryAfter) {

    static final int BODY_LIMIT = 200;

    public WebhookResponse {
        body = body == null ? "" : body.strip();
        if (body.length() > BODY_LIMIT) {
            body = body.substring(0, BODY_LIMIT);
        }
    }

    /** Reads a {@code Retry-After} value in seconds; Slack sends seconds, dates are not expected. */
    public static Optional<Duration> parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
