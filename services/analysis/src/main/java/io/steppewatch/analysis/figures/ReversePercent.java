package io.steppewatch.analysis.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The percent word written before its number: "percent of 10", "pourcentage de vingt". */
final class ReversePercent {

    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:per[ -]?cents?|percents?|percentages?|pour[ -]?cents?|pourcents?|pourcentages?)"
                    + "\\s+(?:of|de|des|d['’])\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ReversePercent() {
    }

    /** Where the percent word starts if {@code text} reads "percent of" just before {@code start}, else -1. */
    static int startBefore(String text, int start) {
        int from = Math.max(0, start - 24);
        Matcher m = BEFORE.matcher(text);
        m.region(from, start);
        m.useTransparentBounds(true);
        return m.find() ? m.start() : -1;
    }
}
