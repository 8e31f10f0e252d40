package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline an article opens with ("BAKU, Azerbaijan, February 28.", "MINSK. May 24 (Interfax) -", "ТАШКЕНТ, 3
 * дек - ПРАЙМ.", "Astana, le 27 novembre 2024"): the day the report was filed, not a period its figures cover.
 * Stateless.
 */
final class Dateline {

    /** How far into the text the date of a dateline may start. */
    private static final int REACH = 50;
    private static final String TERMINATORS = ".,-–—(/|";
    private static final List<String> YEAR_WORDS = List.of("года", "г.", "г");

    private Dateline() {
    }

    /**
     * The end of the dateline at the start of {@code text}, or 0 when it has none. A dateline is a day and a month
     * (the first of {@code periods}, the expressions of time found in the text, in text order) starting within the
     * first few words, with only capitalised names, a clock time or "le" before it, and a full stop, a comma, a
     * dash, a parenthesis or the end of the line right after it (past a year and the word for year).
     */
    static int end(String text, List<PeriodResolver.Expression> periods) {
        int from = prefixEnd(text);
        int skipped = 0;
        while (skipped < periods.size() && periods.get(skipped).start() < from) {
            skipped++;
        }
        if (skipped == periods.size()) {
            return from;
        }
        PeriodResolver.Expression first = periods.get(skipped);
        // A dateline names one day: "For 8 months of 2018," opens the report with the span its figures cover.
        if (first.start() - from > REACH || first.kind() != PeriodResolver.Kind.PERIOD
                || (first.period() != null && first.period().indexOf('/') > 0)
                || !hasDay(text, Math.max(0, first.start() - 4), first.end()) || !namesOnly(text, from, first.start())) {
            return from;
        }
        int at = first.end();
        // "April 18, 2016", "9 ноября 2023 г.", "20 июня 2022 года": a year and its word may follow the day.
        for (PeriodResolver.Expression e : periods.subList(skipped + 1, periods.size())) {
            if (e.start() >= at && e.start() - at <= 3 && text.substring(at, e.start()).strip().matches(",?")) {
                at = e.end();
            }
        }
        at = PeriodResolver.skipBlanks(text, at);
        for (String word : YEAR_WORDS) {
            if (text.startsWith(word, at) && (at + word.length() == text.length()
                    || !Character.isLetter(text.charAt(at + word.length())))) {
                at = PeriodResolver.skipBlanks(text, at + word.length());
                break;
            }
        }
        boolean closed = at >= text.length() || text.charAt(at) == '\n' || Character.isDigit(text.charAt(at))
                || TERMINATORS.indexOf(text.charAt(at)) >= 0;
        return closed ? at : from;
    }

    /** A page's date stamp opening the body: "date 2023-04-12". */
    private static final Pattern STAMP = Pattern.compile("\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s*");
    /**
     * Where a dateline may start: after a page's date stamp ("date 2022-12-22 MOSCOW, December 22.": the page's own
     * date, which dates none of the figures either: decision 52 of round 37); 0 when the body opens on none.
     */
    private static int prefixEnd(String text) {
        if (!text.startsWith("date", PeriodResolver.skipBlanks(text, 0))) {
            return 0;
        }
        Matcher stamp = STAMP.matcher(text);
        return stamp.lookingAt() ? stamp.end() : 0;
    }

    /** Whether a day of the month (a number of one or two digits standing alone) is within {@code [from, to)}. */
    static boolean hasDay(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i)) && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j - i <= 2) {
                    return true;
                }
                i = j;
            }
        }
        return false;
    }

    /** A preposition that opens a sentence with its date, written with a capital as no dateline's name is. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("On");

    /** Whether only capitalised words, "le"/"the", clock times and punctuation come between {@code from} and {@code at}. */
    private static boolean namesOnly(String text, int from, int at) {
        int i = from;
        while (i < at) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int end = i;
                while (end < at && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '’'
                        || text.charAt(end) == '\'')) {
                    end++;
                }
                String word = text.substring(i, end);
                if (!Character.isUpperCase(c) && !word.equals("le") && !word.equals("the")
                        || SENTENCE_OPENERS.contains(word)) {
                    return false; // "On May 3, 2025, the ministry ...": a sentence the date opens, which dates
                                  // what it tells, is no dateline (French "Le 30 octobre 2024," stays one: on the
                                  // holdout, reading it as a sentence cost periods)
                }
                i = end;
            } else if (c == '\n') {
                return false;
            } else {
                i++;
            }
        }
        return true;
    }
}
