package io.steppewatch.processor.topology;

import java.time.Duration;

/**
 * How long figures wait to be put in publication order before the ledger ({@link PublicationOrder}): handed on once
 * no new figure has come for {@code settle}, or once the first has waited {@code maxWait}.
 */
public record OrderWindow(Duration settle, Duration maxWait) {

    /** No waiting: each figure goes on as it comes, in arrival order. */
    public static final OrderWindow NONE = new OrderWindow(Duration.ZERO, Duration.ZERO);

    public OrderWindow {
        if (settle.isNegative() || maxWait.compareTo(settle) < 0) {
            throw new IllegalArgumentException("need 0 <= settle <= maxWait, got " + settle + " and " + maxWait);
        }
    }

    /** Whether figures are held at all. */
    public boolean holds() {
        return !settle.isZero();
    }

    /**
     * Whether a run of held figures is over: nothing has come for {@code settle} since the last one, or the first has
     * waited {@code maxWait}.
     */
    public boolean over(Duration sinceFirst, Duration sinceLast) {
        return sinceLast.compareTo(settle) >= 0 || sinceFirst.compareTo(maxWait) >= 0;
    }
}
