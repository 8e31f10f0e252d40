package io.steppewatch.analysis.figures;

/** Arithmetic on the ISO 8601 periods the resolver writes: "2022", "2022-11", "2022-01/2022-11". */
final class Periods {

    private Periods() {
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
