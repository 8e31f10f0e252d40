package io.steppewatch.analysis.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year an undated text places itself in by a date it states (decision 65 of round 39: a span of the past N years
 * in an undated text ends with the year before "the year the text places itself in — a dateline or date, or the
 * latest part-year period it reports with its year"): "On June 2, 2020 the two countries celebrate 25
 * years of ties", "the minister came to Budapest on 3-4 March 2021". A date counts only when it is a day of a
 * month and its year is the latest the text names at all: a text that names a later year (a goal "by 2030", data of a
 * later year) is not placed by an older date.
 */
final class WritingDates {

    private WritingDates() {
    }

    /** A day of the month, one or two digits standing alone ("13", "16-17"): not a year's digits. */
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(?:[1-9]|[12]\\d|3[01])(?!\\d)");
    /** How far before a month expression its day may stand ("13 septembre 2021" when the expression starts at the month). */
    private static final int DAY_REACH = 6;
    private static final int YEAR_LENGTH = 4;
    /** A year inside a period as the rules write it ("2019", "2018/2023", "2024-01/2024-06"). */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d(?!\\d)");
    private static final int MONTH_LENGTH = 7;

    /** The year of the latest dated day the text states, when no period of the text names a later year; else 0. */
    static int yearOfWritingByDate(FigureContext context) {
        String text = context.text();
        int dated = 0;
        int latest = 0;
        for (PeriodResolver.Expression e : context.periods()) {
            String period = e.period();
            if (period == null || period.length() < YEAR_LENGTH) {
                continue;
            }
            Matcher year = YEAR.matcher(period);
            while (year.find()) {
                latest = Math.max(latest, Integer.parseInt(year.group()));
            }
            if (e.kind() == PeriodResolver.Kind.PERIOD && period.length() == MONTH_LENGTH && hasDay(text, e)) {
                dated = Math.max(dated, Integer.parseInt(period.substring(0, YEAR_LENGTH)));
            }
        }
        return dated > 0 && dated >= latest ? dated : 0;
    }

    /** Whether a day of the month stands in the expression or right before it, besides its year. */
    private static boolean hasDay(String text, PeriodResolver.Expression e) {
        String around = text.substring(Math.max(0, e.start() - DAY_REACH), e.end());
        Matcher day = DAY.matcher(around);
        return day.find();
    }
}
