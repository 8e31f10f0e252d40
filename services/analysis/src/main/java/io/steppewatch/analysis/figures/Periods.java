package io.steppewatch.analysis.figures;

/** Arithmetic on the ISO 8601 periods the resolver writes: "2022", "2022-11", "2022-01/2022-11", "2014/2020". */
public final class Periods {

    private Periods() {
    }

    /**
     * The form a period is published in: a span of whole years ("2014/2020", as the rules write it) as the span of
     * their months ("2014-01/2020-12"), the one form the labelling standard gives ranges in; any other unchanged.
     */
    public static String published(String period) {
        if (period != null && period.length() == 9 && period.charAt(4) == '/') {
            return period.substring(0, 4) + "-01/" + period.substring(5) + "-12";
        }
        return period;
    }

    static String minusOneYear(String period) {
        int slash = period.indexOf('/');
        if (slash >= 0) {
            return minusOneYear(period.substring(0, slash)) + "/" + minusOneYear(period.substring(slash + 1));
        }
        int year = Integer.parseInt(period.substring(0, 4));
        return (year - 1) + period.substring(4);
    }
}
