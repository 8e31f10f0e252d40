package io.steppewatch.analysis.figures;

import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Finds the expressions of time in a text ("en janvier-novembre 2022", "in the first 11 months of this year",
 * "l'an dernier", "за девять месяцев 2025 года", "by the end of 2023") and resolves them to ISO 8601 against the
 * publication date. Patterns run on the folded text (no case, no accents), whose offsets are the original's.
 */
final class PeriodResolver {

    /** What an expression is, which decides how a figure may use it. */
    enum Kind {
        /** A period in its own right. */
        PERIOD,
        /** "by 2030": a deadline, meaningful for targets only. */
        DEADLINE,
        /** "the same period of the previous year": the period before it in the sentence, one year earlier. */
        SAME_PERIOD_LAST_YEAR,
        /** "currently": the publication month. */
        PRESENT
    }

    /** An expression of time at {@code [start, end)}; {@code period} is null when the publication date is unknown. */
    record Expression(int start, int end, Kind kind, String period) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String S = "[\\s\\u00A0]+";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String WORD = "(\\p{L}+)";
    private static final String APOS = "['’]";
    private static final String THIS_YEAR = "(?:cette" + S + "annee|l" + APOS + "annee" + S + "en" + S + "cours|this" + S
            + "year|в" + S + "этом" + S + "году|этого" + S + "года|текущего" + S + "года|текущем" + S + "году)";
    private static final String LAST_YEAR = "(?:l" + APOS + "an" + S + "dernier|l" + APOS + "annee" + S + "derniere|l"
            + APOS + "an" + S + "passe|l" + APOS + "annee" + S + "passee|l" + APOS + "annee" + S + "precedente|last" + S
            + "year|the" + S + "previous" + S + "year|a" + S + "year" + S + "earlier|the" + S + "year" + S + "before|в"
            + S + "прошлом" + S + "году|прошлого" + S + "года|предыдущего" + S + "года|годом" + S + "ранее)";
    private static final String NEXT_YEAR = "(?:l" + APOS + "an" + S + "prochain|l" + APOS + "annee" + S + "prochaine|"
            + "next" + S + "year|в" + S + "следующем" + S + "году|следующего" + S + "года|в" + S + "будущем" + S + "году)";

    private static final Pattern MONTH_RANGE = Pattern.compile(
            WORD + "\\s*[-–—]\\s*" + WORD + S + "(?:(?:de|of)" + S + ")?" + YEAR, FLAGS);
    private static final Pattern MONTH_RANGE_WORDS = Pattern.compile(
            "(?:de|from|с)" + S + WORD + S + "(?:a|to|through|по|до)" + S + WORD + S + "(?:(?:de|of)" + S + ")?" + YEAR,
            FLAGS);
    private static final Pattern FIRST_MONTHS = Pattern.compile(
            "(?:first|premiers|les|the|за|sur" + S + "les|in" + S + "the" + S + "first|over" + S + "the" + S + "first)"
                    + S + "(\\d{1,2}|\\p{L}+)" + S + "(?:(?:premiers|first)" + S + ")?(?:mois|months|месяц\\p{L}*)"
                    + "(?:" + S + "(?:(?:de|of|d" + APOS + ")\\s*)?(?:l" + APOS + "annee" + S + ")?(?:" + YEAR + "|"
                    + THIS_YEAR + "|" + LAST_YEAR + "))?",
            FLAGS);
    private static final Pattern QUARTER = Pattern.compile(
            "(?:(first|1st|premier|1er|первом|первый|i)|(second|2nd|deuxieme|second|2e|втором|второй|ii)"
                    + "|(third|3rd|troisieme|3e|третьем|третий|iii)|(fourth|4th|quatrieme|4e|четвертом|четвертый|iv))"
                    + S + "(?:quarter|trimestre|квартал\\p{L}*)(?:" + S + "(?:(?:of|de|d" + APOS + ")\\s*)?" + YEAR + ")?",
            FLAGS);
    private static final Pattern Q_SHORT = Pattern.compile("(?<![\\p{L}\\d])(?:q([1-4])|([1-4])q)" + S + YEAR, FLAGS);
    private static final Pattern HALF = Pattern.compile(
            "(?:(first|premier|1er|первом|первое)|(second|deuxieme|втором|второе))" + S
                    + "(?:half|semestre|полугоди\\p{L}*)(?:" + S + "(?:(?:of|de|d" + APOS + ")\\s*)?" + YEAR + ")?",
            FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(WORD + S + "(?:(?:de|of)" + S + ")?" + YEAR, FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?:er)?" + S + WORD, FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(WORD + S + "(\\d{1,2})(?![\\d.,]\\d|\\d)", FLAGS);
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:d" + APOS + "ici|by|к|до|jusqu" + APOS + "(?:a|en)|until)" + S + "(?:(?:la" + S + "fin" + S
                    + "(?:de" + S + "|d" + APOS + ")?|the" + S + "end" + S + "of" + S + "|концу" + S + "|конца" + S
                    + ")(?:l" + APOS + "annee" + S + ")?)?" + YEAR, FLAGS);
    private static final Pattern PLAIN_YEAR = Pattern.compile("(?<![\\d.,])" + YEAR + "(?![\\d]|[.,]\\d|s\\b)", FLAGS);
    private static final Pattern SAME_PERIOD = Pattern.compile(
            "(?:meme" + S + "periode|same" + S + "period|аналогичн\\p{L}*" + S + "период\\p{L}*)(?:" + S
                    + "(?:de|of|d" + APOS + ")?\\s*)?" + LAST_YEAR, FLAGS);
    private static final Pattern THIS = Pattern.compile(THIS_YEAR, FLAGS);
    private static final Pattern LAST = Pattern.compile(LAST_YEAR, FLAGS);
    private static final Pattern NEXT = Pattern.compile(NEXT_YEAR, FLAGS);
    private static final Pattern THIS_MONTH = Pattern.compile(
            "(?:ce" + S + "mois(?:-ci)?|this" + S + "month|в" + S + "этом" + S + "месяце)", FLAGS);
    private static final Pattern LAST_MONTH = Pattern.compile(
            "(?:le" + S + "mois" + S + "dernier|last" + S + "month|в" + S + "прошлом" + S + "месяце)", FLAGS);

    private static final ThreadLocal<RuleBasedNumberFormat[]> SPELLOUT = ThreadLocal.withInitial(() ->
            new RuleBasedNumberFormat[] {
                spellout("en"), spellout("fr"), spellout("ru")
            });

    private PeriodResolver() {
    }

    private static RuleBasedNumberFormat spellout(String language) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(language), RuleBasedNumberFormat.SPELLOUT);
        format.setLenientParseMode(true);
        return format;
    }

    /** Every expression of time in the folded text, longest first where they overlap, in text order. */
    static List<Expression> find(String folded, Publication publication) {
        List<Expression> found = new ArrayList<>();
        sameYearShift(folded, found);
        monthRanges(folded, MONTH_RANGE, found);
        monthRanges(folded, MONTH_RANGE_WORDS, found);
        firstMonths(folded, publication, found);
        quarters(folded, publication, found);
        halves(folded, publication, found);
        deadlines(folded, found);
        monthYears(folded, found);
        dayMonths(folded, publication, found);
        relative(folded, publication, found);
        plainYears(folded, found);
        return withoutOverlaps(found);
    }

    private static void sameYearShift(String folded, List<Expression> out) {
        Matcher m = SAME_PERIOD.matcher(folded);
        while (m.find()) {
            out.add(new Expression(m.start(), m.end(), Kind.SAME_PERIOD_LAST_YEAR, null));
        }
    }

    private static void monthRanges(String folded, Pattern pattern, List<Expression> out) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            int from = Months.index(m.group(1));
            int to = Months.index(m.group(2));
            if (from > 0 && to > 0 && from <= to) {
                String year = m.group(3);
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD,
                        String.format("%s-%02d/%s-%02d", year, from, year, to)));
            }
        }
    }

    private static void firstMonths(String folded, Publication publication, List<Expression> out) {
        Matcher m = FIRST_MONTHS.matcher(folded);
        while (m.find()) {
            Integer months = smallNumber(m.group(1));
            if (months == null || months < 1 || months > 12) {
                continue;
            }
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : relativeYear(m.group(), publication);
            if (year == null) {
                continue;
            }
            out.add(new Expression(m.start(), m.end(), Kind.PERIOD,
                    months == 1 ? String.format("%d-01", year) : String.format("%d-01/%d-%02d", year, year, months)));
        }
    }

    private static void quarters(String folded, Publication publication, List<Expression> out) {
        Matcher m = QUARTER.matcher(folded);
        while (m.find()) {
            int quarter = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            addSpan(out, m, m.group(5), publication, (quarter - 1) * 3 + 1, quarter * 3);
        }
        Matcher q = Q_SHORT.matcher(folded);
        while (q.find()) {
            int quarter = Integer.parseInt(q.group(1) != null ? q.group(1) : q.group(2));
            addSpan(out, q, q.group(3), publication, (quarter - 1) * 3 + 1, quarter * 3);
        }
    }

    private static void halves(String folded, Publication publication, List<Expression> out) {
        Matcher m = HALF.matcher(folded);
        while (m.find()) {
            boolean first = m.group(1) != null;
            addSpan(out, m, m.group(3), publication, first ? 1 : 7, first ? 6 : 12);
        }
    }

    private static void addSpan(List<Expression> out, Matcher m, String yearText, Publication publication,
                                int fromMonth, int toMonth) {
        Integer year = yearText != null ? Integer.valueOf(yearText)
                : publication == null ? null : publication.date().getYear();
        if (year != null) {
            out.add(new Expression(m.start(), m.end(), Kind.PERIOD,
                    String.format("%d-%02d/%d-%02d", year, fromMonth, year, toMonth)));
        }
    }

    private static void deadlines(String folded, List<Expression> out) {
        Matcher m = DEADLINE.matcher(folded);
        while (m.find()) {
            out.add(new Expression(m.start(), m.end(), Kind.DEADLINE, m.group(1)));
        }
    }

    private static void monthYears(String folded, List<Expression> out) {
        Matcher m = MONTH_YEAR.matcher(folded);
        while (m.find()) {
            int month = Months.index(m.group(1));
            if (month > 0) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, String.format("%s-%02d", m.group(2), month)));
            }
        }
    }

    private static void dayMonths(String folded, Publication publication, List<Expression> out) {
        if (publication == null) {
            return;
        }
        int year = publication.date().getYear();
        Matcher m = DAY_MONTH.matcher(folded);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Months.index(m.group(2));
            if (month > 0 && day >= 1 && day <= 31) {
                out.add(new Expression(m.start(), m.end(), Kind.PERIOD, String.format("%d-%02d", year, month)));
            }
        }
        Matcher md = MONTH_DAY.matcher(folded);
        while (md.find()) {
            int month = Months.index(md.group(1));
            int day = Integer.parseInt(md.group(2));
            if (month > 0 && day >= 1 && day <= 31 && md.group(1).length() > 2) {
                out.add(new Expression(md.start(), md.end(), Kind.PERIOD, String.format("%d-%02d", year, month)));
            }
        }
    }

    private static void relative(String folded, Publication publication, List<Expression> out) {
        Integer year = publication == null ? null : publication.date().getYear();
        addAll(out, THIS.matcher(folded), year == null ? null : String.valueOf(year));
        addAll(out, LAST.matcher(folded), year == null ? null : String.valueOf(year - 1));
        addAll(out, NEXT.matcher(folded), year == null ? null : String.valueOf(year + 1));
        boolean month = publication != null && publication.knowsMonth();
        addAll(out, THIS_MONTH.matcher(folded), month ? publication.date().toString().substring(0, 7) : null);
        addAll(out, LAST_MONTH.matcher(folded), month
                ? publication.date().minusMonths(1).toString().substring(0, 7) : null);
    }

    private static void addAll(List<Expression> out, Matcher m, String period) {
        while (m.find()) {
            out.add(new Expression(m.start(), m.end(), Kind.PERIOD, period));
        }
    }

    private static void plainYears(String folded, List<Expression> out) {
        Matcher m = PLAIN_YEAR.matcher(folded);
        while (m.find()) {
            out.add(new Expression(m.start(), m.end(), Kind.PERIOD, m.group(1)));
        }
    }

    /** Year of "this year" / "last year" inside a longer expression. */
    private static Integer relativeYear(String expression, Publication publication) {
        if (publication == null) {
            return null;
        }
        int year = publication.date().getYear();
        if (LAST.matcher(expression).find()) {
            return year - 1;
        }
        return year;
    }

    private static Integer smallNumber(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(text);
        }
        for (RuleBasedNumberFormat format : SPELLOUT.get()) {
            ParsePosition position = new ParsePosition(0);
            Number number = format.parse(text, position);
            if (number != null && position.getIndex() == text.length()) {
                return number.intValue();
            }
        }
        return null;
    }

    private static List<Expression> withoutOverlaps(List<Expression> found) {
        List<Expression> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Expression e) -> e.end() - e.start()).reversed()
                .thenComparingInt(Expression::start));
        List<Expression> kept = new ArrayList<>();
        for (Expression candidate : sorted) {
            boolean overlaps = false;
            for (Expression k : kept) {
                if (candidate.start() < k.end() && k.start() < candidate.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Expression::start));
        return kept;
    }
}
