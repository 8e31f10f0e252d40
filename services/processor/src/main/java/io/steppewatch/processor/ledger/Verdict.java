package io.steppewatch.processor.ledger;

/** What the ledger makes of one figure. */
public enum Verdict {
    /** A known fact, restated (within tolerance): no alert. */
    CONFIRMED,
    /** Nothing known for this metric and subjects. */
    NEW_METRIC,
    /** Same metric, subjects and measure, for a period after every known one. */
    NEW_PERIOD,
    /** Same metric, subjects, measure and period, with a different value. */
    REVISED,
    /**
     * New to the ledger but not news: an older or undated period of a known series, or the same fact in
     * another unit. Recorded quietly.
     */
    RECORDED,
    /** Metric {@code other} while such figures are ignored: neither recorded nor alerted. */
    IGNORED;

    public boolean alerts() {
        return this == NEW_METRIC || this == NEW_PERIOD || this == REVISED;
    }
}
