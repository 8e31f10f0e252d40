package io.steppewatch.analysis.figures;

import java.time.LocalDate;

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

    /** The same months in another year: "2022-01/2022-06" moved to 2021 is "2021-01/2021-06". */
    static String movedTo(String period, int year) {
        int shift = year - Integer.parseInt(period.substring(0, 4));
        int slash = period.indexOf('/');
        if (slash >= 0) {
            return plusYears(period.substring(0, slash), shift) + "/" + plusYears(period.substring(slash + 1), shift);
        }
        return plusYears(period, shift);
    }

    private static String plusYears(String period, int years) {
        return (Integer.parseInt(period.substring(0, 4)) + years) + period.substring(4);
    }

    /**
     * A year and a month as the periods write them, "2024-03" ({@code "%d-%02d"}, without a formatter: the resolver
     * writes one for nearly every date it reads, and a format string is parsed again at each call).
     */
    static String month(Object year, int month) {
        return year + (month >= 0 && month < 10 ? "-0" : "-") + month;
    }

    /** Two months joined as a span, "2024-01/2024-09". */
    static String months(Object firstYear, int first, Object lastYear, int last) {
        return month(firstYear, first) + "/" + month(lastYear, last);
    }

    /** The month of a date, "2024-03" (the first seven chars of its ISO form, which pads years below 1000). */
    static String month(LocalDate date) {
        int year = date.getYear();
        return year >= 1000 && year <= 9999 ? month(year, date.getMonthValue()) : date.toString().substring(0, 7);
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
