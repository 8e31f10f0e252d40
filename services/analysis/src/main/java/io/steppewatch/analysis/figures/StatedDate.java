package io.steppewatch.analysis.figures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Words;

/**
 * A date an article states in full ("12 March 2025", "March 12, 2025", "12 марта 2025 года", "12.03.2025"): what
 * relative periods ("last year") resolve against when the publication date is unknown. The first one wins, as
 * a dateline comes first. Stateless.
 */
public final class StatedDate {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:er)?[\\s\\u00A0]+(\\p{L}{3,})\\.?[\\s\\u00A0]+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{L}{3,})\\.?[\\s\\u00A0]+(\\d{1,2}),?[\\s\\u00A0]+((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.]\\d)");

    private StatedDate() {
    }

    /** The first full date of the text, or null. */
    public static LocalDate in(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String folded = Words.foldKeepingOffsets(text);
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = DAY_MONTH_YEAR.matcher(folded);
        while (m.find() && m.start() < bestAt) {
            LocalDate date = date(m.group(3), Months.index(m.group(2)), m.group(1));
            if (date != null && !startsASpan(folded, m.start())) {
                best = date;
                bestAt = m.start();
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(folded);
        while (m.find() && m.start() < bestAt) {
            LocalDate date = date(m.group(3), Months.index(m.group(1)), m.group(2));
            if (date != null && !startsASpan(folded, m.start())) {
                best = date;
                bestAt = m.start();
                break;
            }
        }
        m = NUMERIC.matcher(folded);
        while (m.find() && m.start() < bestAt) {
            LocalDate date = date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            if (date != null && !startsASpan(folded, m.start())) {
                best = date;
                break;
            }
        }
        return best;
    }

    private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
    /**
     * A year-on-year comparison: "compared with the same period of 2024", "par rapport à la même période de
     * 2024", "по сравнению с аналогичным периодом 2024 года", Uzbek and Kazakh "2024 йилнинг шу даврига", and the same
     * months named again: "face aux huit premiers mois de 2024".
     */
    private static final Pattern SAME_PERIOD_OF = Pattern.compile(
            "(?:(?:meme|same|like|corresponding|comparable|similar)[\\s\\u00A0]+(?:period|periode|time)"
            + "|(?:аналогичн|соответствующ)\\p{L}*[\\s\\u00A0]+период\\p{L}*)"
            + "(?:[\\s\\u00A0]+[\\p{L}'’]+){0,3}?[\\s\\u00A0]+" + YEAR
            + "|" + YEAR + "[\\s\\u00A0-]*(?:yil|йил|иил|жыл)\\p{L}*[\\s\\u00A0]+(?:шу|shu|осы)[\\s\\u00A0]+(?:давр|davr|кезең)"
            + "|(?:par[\\s\\u00A0]+rapport|compared[\\s\\u00A0]+(?:to|with)|по[\\s\\u00A0]+сравнению)[^.;]{0,40}?"
            + "(?:mois|months|месяц\\p{L}*)[\\s\\u00A0]+(?:(?:de|of)[\\s\\u00A0]+)?" + YEAR);

    /**
     * The year an undated text is written in, as its own comparisons imply it: the year after the base of a
     * year-on-year comparison ("+7% compared with the same period of 2024" is written in 2025); null when it makes
     * none. Relative periods ("this year", "de janvier à octobre") then resolve against that year.
     */
    public static Integer impliedYear(String text) {
        if (text == null || !mayCompare(text)) {
            return null;
        }
        Matcher m = SAME_PERIOD_OF.matcher(Words.foldKeepingOffsets(text));
        int year = 0;
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    year = Math.max(year, Integer.parseInt(m.group(g)) + 1);
                }
            }
        }
        return year == 0 ? null : year;
    }

    /** Words one of which a year-on-year comparison needs: a cheap test before the pattern runs on the whole text. */
    private static final String[] COMPARISON_WORDS = {"period", "périod", "Period", "Périod", "период", "Период",
        "same time", "давр", "davr", "кезең", "mois", "months", "месяц"};

    private static boolean mayCompare(String text) {
        for (String word : COMPARISON_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words after which a date opens a span that reaches the article's present: "since 24 February 2022". */
    private static final Set<String> SPAN_STARTS = Set.of("since", "from", "depuis", "des", "с",
            "со", "начиная");

    /**
     * Whether the date starts a span ("since February 24, 2022", "depuis le 24 février 2022", "с 24 февраля 2022
     * года"): a past event the text counts from, not the day it speaks from.
     */
    private static boolean startsASpan(String folded, int at) {
        int end = at;
        while (end > 0 && !Character.isLetter(folded.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(folded.charAt(start - 1))) {
            start--;
        }
        String word = folded.substring(start, end);
        if (word.equals("le") || word.equals("the")) {
            return startsASpan(folded, start);
        }
        return SPAN_STARTS.contains(word);
    }

    private static LocalDate date(String year, int month, String day) {
        if (month < 1 || month > 12) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
