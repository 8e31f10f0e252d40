package io.steppewatch.ingester.fetch;

import java.time.Duration;
import java.time.Instant;

/** A fetch that did not produce a usable response, with a reason that groups failures in logs and metrics. */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a fetch failed. */
    public enum Reason {
        INVALID_URL,
        FORBIDDEN_SCHEME,
        UNRESOLVABLE,
        FORBIDDEN_ADDRESS,
        ROBOTS_DISALLOWED,
        TOO_MANY_REDIRECTS,
        REDIRECT_LOOP,
        TOO_LARGE,
        DECOMPRESSED_TOO_LARGE,
        UNSUPPORTED_ENCODING,
        TIMEOUT,
        RATE_LIMITED,
        HTTP_STATUS,
        IO
    }

    private final Reason reason;
    private final int status;
    private final transient Instant retryAt;
    private final transient Duration retryAfter;

    public FetchException(Reason reason, String message) {
        this(reason, message, 0, null, null);
    }

    public FetchException(Reason reason, String message, int status, Instant retryAt, Throwable cause) {
        this(reason, message, status, retryAt, null, cause);
    }

    /**
     * A failure that says when to come back, both as an instant of the fetcher's real-time clock and as the wait
     * from the moment it happened. The wait is what a scheduler on another clock (a test's, say) can use.
     */
    public FetchException(Reason reason, String message, int status, Instant retryAt, Duration retryAfter,
            Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
        this.status = status;
        this.retryAt = retryAt;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** HTTP status when the failure is one, else 0. */
    public int status() {
        return status;
    }

    /** When the server asked us to come back (Retry-After), or null. */
    public Instant retryAt() {
        return retryAt;
    }

    /** How long after this failure the server asked us to wait, or null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
