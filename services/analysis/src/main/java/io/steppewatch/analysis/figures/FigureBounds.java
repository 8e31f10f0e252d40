package io.steppewatch.analysis.figures;

/**
 * What a figure can plausibly be. A number of hundreds of digits, or one raised to an absurd power, is
 * no economy's figure: read as a double it becomes Infinity or a value that swamps every comparison,
 * and a ledger that stores it treats every later value of its series as "within tolerance".
 */
final class FigureBounds {

    /**
     * Largest magnitude kept, whatever the unit. Iran's yearly output is about 2.4e17 rials, the
     * largest real amount in any currency today; 1e18 leaves room for it and nothing absurd.
     */
    static final double MAX_MAGNITUDE = 1e18;
    /** Largest power of ten written with {@code ^} that anyone states about an economy (10^18). */
    static final int MAX_EXPONENT = 18;

    private FigureBounds() {
    }

    /** Why {@code value} cannot be a figure, or null when it can. */
    static String refusal(double value) {
        if (!Double.isFinite(value)) {
            return "not a finite number";
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            return "magnitude beyond any economy (over " + MAX_MAGNITUDE + ")";
        }
        return null;
    }
}
