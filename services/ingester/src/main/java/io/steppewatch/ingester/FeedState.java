package io.steppewatch.ingester;

import java.time.Duration;
import java.time.Instant;

import io.steppewatch.ingester.feed.FeedSpec;

/** One feed's polling state and health. Mutated only by the one task polling the feed at a time. */
final class FeedState {

    private final FeedSpec spec;
    private volatile String etag;
    private volatile String lastModified;
    private volatile Instant nextDue = Instant.EPOCH;
    private volatile int consecutiveFailures;
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastError;
    private volatile String title;
    private volatile boolean fullFetch;

    FeedState(FeedSpec spec) {
        this.spec = spec;
    }

    FeedSpec spec() {
        return spec;
    }

    String etag() {
        return etag;
    }

    String lastModified() {
        return lastModified;
    }

    Instant nextDue() {
        return nextDue;
    }

    int consecutiveFailures() {
        return consecutiveFailures;
    }

    Instant lastSuccess() {
        return lastSuccess;
    }

    Instant lastFailure() {
        return lastFailure;
    }

    String lastError() {
        return lastError;
    }

    String title() {
        return title;
    }

    void title(String value) {
        if (value != null && !value.isBlank()) {
            title = value;
        }
    }

    void succeeded(Instant now, String newEtag, String newLastModified, Duration interval) {
        etag = newEtag;
        lastModified = newLastModified;
        consecutiveFailures = 0;
        lastSuccess = now;
        nextDue = now.plus(interval);
    }

    /** Validators saved by a previous run. */
    void restore(String savedEtag, String savedLastModified) {
        etag = savedEtag;
        lastModified = savedLastModified;
    }

    /** Makes the next poll read the whole feed (no validators), e.g. after an article failed to publish. */
    void requireFullFetch() {
        fullFetch = true;
    }

    /** Whether the coming poll must read the whole feed; clears the request. */
    boolean takeFullFetch() {
        boolean value = fullFetch;
        fullFetch = false;
        return value;
    }

    /** Records a failure and schedules the next attempt with exponential backoff, never before {@code notBefore}. */
    Duration failed(Instant now, String error, Duration initial, Duration max, Instant notBefore) {
        consecutiveFailures++;
        lastFailure = now;
        lastError = error;
        Duration backoff = initial;
        for (int i = 1; i < consecutiveFailures && backoff.compareTo(max) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        if (backoff.compareTo(max) > 0) {
            backoff = max;
        }
        Instant due = now.plus(backoff);
        if (notBefore != null && notBefore.isAfter(due)) {
            due = notBefore;
        }
        nextDue = due;
        return Duration.between(now, due);
    }
}
