package io.steppewatch.analysis.figures;

import java.util.regex.Pattern;

/**
 * A level stated for "the same period" of a named year is that year's, over the months the text set (the standard's
 * base of a comparison: the same months, in the base's year). Three shapes the base walk missed:
 * <ul>
 *   <li>a sentence that opens on the same period of a year ("За аналогичный период 2024 года ... 5,2 тыс. тонн",
 *   "In the same period of 2023, exports stood at");</li>
 *   <li>the second figure of the clause a base opens ("чем за аналогичный период 2022 года, когда вывезли
 *   3 тонны на $40 миллионов"): the clause runs on past its first figure while no clause break or
 *   conjunction stands between;</li>
 *   <li>a bare year in the sentence that restates the months the text set in that year ("in the first 6 months of
 *   2022 ... $307 million in 2022, and $224 million in the same period of 2021").</li>
 * </ul>
 */
final class SamePeriodOfYear {

    private SamePeriodOfYear() {
    }

    /** The words a sentence opens on before the year of the same period: "За аналогичный период", "In the same period of". */
    private static final Pattern OPENING = Pattern.compile("(?iu)[\\s\"«“'(]*(?:за|в|in|for|during|over|au\\s+cours\\s+de"
            + "|pendant|sur)\\s+(?:the\\s+|la\\s+)?(?:аналогичн\\p{L}*|тот\\s+же|том\\s+же|same|corresponding|même|meme"
            + "|like)\\s+(?:период\\p{L}*|period|période|periode|months|mois)\\s+(?:of\\s+|in\\s+|de\\s+|de\\s+l'année\\s+)?");
    /** Longest opening {@link #OPENING} reads. */
    private static final int OPENING_REACH = 48;
    /** How far the base's clause may run from its end to its first figure, and from that figure to the next. */
    private static final int CLAUSE_REACH = 50;
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?iu)\\s*(?:года|году|г\\.)?\\s*,\\s*(?:when|which|"
            + "lorsque|lorsqu|quand|когда|который|которая|которое|которые)\\b");
    private static final Pattern CONJUNCTION = Pattern.compile("(?iu)(?<!\\p{L})(?:and|but|while|whereas|et|mais|и|а|но"
            + "|тогда)(?!\\p{L})");

    /**
     * Whether a period {@code e} of a whole year, before the figure at {@code figureStart} in the sentence from
     * {@code sentenceStart}, is that figure's own as a same-period base (the caller checks the same-period words).
     */
    static boolean ownBefore(String text, int sentenceStart, int figureStart, PeriodResolver.Expression e) {
        if (e.period() == null || e.period().length() != 4) {
            return false;
        }
        if (e.start() - sentenceStart <= OPENING_REACH
                && OPENING.matcher(text).region(sentenceStart, e.start()).matches()) {
            return true; // a sentence that opens on the base is about the base, as "In the same period last year" is
        }
        if (!commaWithin(text, e.end(), 8)) {
            return false; // the cheap test first: a clause about the base opens on a comma right after the year
        }
        var clause = CLAUSE_OPENING.matcher(text).region(e.end(), Math.min(text.length(), e.end() + 16));
        if (!clause.lookingAt()) {
            return false;
        }
        int first = clause.end();
        while (first < figureStart && !Character.isDigit(text.charAt(first))) {
            first++;
        }
        if (first >= figureStart || first - e.end() > CLAUSE_REACH || figureStart - first > CLAUSE_REACH) {
            return false; // the figure is the clause's first: the base walk's own (baseClause)
        }
        for (int k = clause.end(); k < first; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == '.' || c == '(' || c == ':') {
                return false;
            }
        }
        return !TextWalks.crossesClause(text, first, figureStart, true)
                && !CONJUNCTION.matcher(text).region(first, figureStart).find();
    }

    private static boolean commaWithin(String text, int from, int reach) {
        for (int k = from, to = Math.min(text.length(), from + reach); k < to; k++) {
            if (text.charAt(k) == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * The months {@code set} (a text's last part-year span) when they lie in {@code year}; else the year itself.
     */
    static String monthsOfYear(String year, String set) {
        if (set != null && set.length() > 4 && set.charAt(4) == '-' && set.startsWith(year)
                && set.indexOf('/') > 0 && set.startsWith(year, set.indexOf('/') + 1)) {
            return set;
        }
        return year;
    }
}
