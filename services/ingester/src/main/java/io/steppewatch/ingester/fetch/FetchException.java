package io.steppewatch.ingester.fetch;

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

    public FetchException(Reason reason, String message) {
        this(reason, message, 0, null, null);
    }

    public FetchException(Reason reason, String message, int status, Instant retryAt, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
        this.status = status;
        this.retryAt = retryAt;
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
}
