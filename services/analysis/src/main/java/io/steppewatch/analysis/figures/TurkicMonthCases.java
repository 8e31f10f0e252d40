package io.steppewatch.analysis.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.steppewatch.analysis.text.CharRuns;
import io.steppewatch.analysis.text.Words;

/**
 * A Kazakh or Uzbek month named in the locative, with no day before it and no word for "month" after it: "қаңтарда"
 * (in January), "желтоқсанда", "yanvarda", "dekabrida", "декабрда", a span whose last month takes the ending
 * ("қаңтар-наурызда", "yanvar-martda"). Kazakh and Uzbek put the case on the month itself where Russian and English
 * put a preposition before it ("в декабре", "in December"), so the readers of those languages miss it.
 *
 * <p>Its year is the one written before it ("2024 жылы желтоқсанда", "2024 yil dekabrda", "2024 жылғы
 * қаңтар-наурызда"), the year before the publication's after a word of last year ("өткен жылы", "былтыр", "o'tgan
 * yil", "ўтган йил"), the publication's after one of this year ("биыл", "осы жылы", "joriy yil", "shu yil") and the
 * year after after one of next year ("келесі жылы", "kelasi yil"); with none, the latest such month up to the
 * publication month, as "in December" is read. A month whose name is also another word ("mayda" is small, "қазанда" is
 * in Kazan) is read only after a year.
 */
final class TurkicMonthCases {

    /** The month names, folded, January first: Kazakh, Uzbek in Latin letters, Uzbek in Cyrillic. */
    private static final String[][] NAMES = folded(new String[][] {
        {"қаңтар", "yanvar", "январ"},
        {"ақпан", "fevral", "феврал"},
        {"наурыз", "mart", "март"},
        {"сәуір", "aprel", "апрел"},
        {"мамыр", "may", "май"},
        {"маусым", "iyun", "июн"},
        {"шілде", "iyul", "июл"},
        {"тамыз", "avgust", "август"},
        {"қыркүйек", "қыркүйег", "sentabr", "sentyabr", "сентябр"},
        {"қазан", "oktabr", "oktyabr", "октябр"},
        {"қараша", "noyabr", "ноябр"},
        {"желтоқсан", "dekabr", "декабр"},
    });

    /** Per char up to U+04FF, the month names that start with it: the cheap first test of a word. */
    private static final String[][] BY_INITIAL = byInitial();

    /** The names as they stand alone, the first test of a month with no ending. */
    private static final Set<String> BARE = Stream.of(NAMES).flatMap(Stream::of)
            .collect(Collectors.toUnmodifiableSet());

    /** Names that are other words as well: read only after a year written or named before them. */
    private static final Set<String> AMBIGUOUS = Stream.of("may", "май", "қазан").map(Words::fold)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The locative and its attributive form ("in December", "December's"), bare and after the possessive: Kazakh
     * ("желтоқсанда", "қыркүйекте", "қыркүйегінде", "қарашасында", "маусымдағы"), Uzbek ("dekabrda", "dekabrida",
     * "декабрда", "декабрида", "dekabrdagi").
     */
    private static final Set<String> ENDINGS = Stream.of("da", "ida", "dagi", "idagi", "да", "ида", "даги", "идаги",
            "ьда", "ьдаги", "де", "та", "те", "ында", "інде", "сында", "сінде", "дағы", "дегі", "тағы", "тегі",
            "ындағы", "індегі", "сындағы", "сіндегі").map(Words::fold).collect(Collectors.toUnmodifiableSet());

    /** A name with no ending, as the first month of a span stands ("қаңтар-", "январь-"). */
    private static final Set<String> NO_ENDING = Set.of("", Words.fold("ь"));

    /**
     * The Kazakh plural of "month" after a span of months with no ending of their own ("қыркүйек-қазан айларында": in
     * the months September to October), which the readers of "айында" (one month) leave out.
     */
    private static final Set<String> MONTHS_WORDS = Stream.of("айларында", "айларындағы", "айлары", "айларда")
            .map(Words::fold).collect(Collectors.toUnmodifiableSet());

    /** What may stand before the month: a year, or a word of last, this or next year, with or without "year". */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?:((?:19|20)\\d{2})[\\s-]*|(?<!\\p{L})(?:"
            + "(o['’‘ʻʼ`]?tgan|утган|" + Words.fold("өткен") + ")"
            + "|(joriy|shu|жории|шу|" + Words.fold("биылғы") + "|" + Words.fold("ағымдағы") + "|"
            + Words.fold("осы") + ")"
            + "|(kelasi|келаси|" + Words.fold("келесі") + "))[\\s\\u00A0]+)"
            + "(?:yil|иил|" + Words.fold("жыл") + ")\\p{L}*[\\s\\u00A0]+$"
            + "|(?<!\\p{L})(?:(" + Words.fold("былтыр") + ")|(" + Words.fold("биыл") + "))[\\s\\u00A0]+$");
    /** How far before a month its year or word of a year is looked for. */
    private static final int YEAR_REACH = 28;

    private TurkicMonthCases() {
    }

    /** Adds the months so named in {@code folded} to {@code out}; none with no year when the publication is unknown. */
    static void find(String folded, Publication publication, List<PeriodResolver.Expression> out) {
        // The words are the runs of letters the period scans of this text found already (CharRuns), and a word is read
        // only when a month name begins it: every other word of the text is passed over with no copy of its letters.
        CharRuns runs = CharRuns.of(folded);
        for (int k = 0; k < runs.letterRuns(); k++) {
            int start = runs.letterStart(k);
            int end = runs.letterEnd(k);
            if (end - start >= 5 && startsWithName(folded, start, end)) {
                read(folded, start, end, publication, out);
            }
        }
    }

    /**
     * Whether a month name begins {@code folded[start, end)}: else {@link #read} finds no month there (its every reading
     * is a name followed by an ending or nothing), and the word need not be copied out.
     */
    private static boolean startsWithName(String folded, int start, int end) {
        char c = folded.charAt(start);
        if (c >= BY_INITIAL.length) {
            return false;
        }
        for (String name : BY_INITIAL[c]) {
            if (name.length() <= end - start && folded.startsWith(name, start)) {
                return true;
            }
        }
        return false;
    }

    private static void read(String folded, int start, int end, Publication publication,
                             List<PeriodResolver.Expression> out) {
        String word = folded.substring(start, end);
        int last = month(word, ENDINGS);
        int closes = end;
        if (last == 0 && BARE.contains(word)) {
            closes = monthsWordAfter(folded, end);
            last = closes > end ? month(word, NO_ENDING) : 0;
        }
        if (last == 0) {
            return;
        }
        int from = start;
        int first = last;
        int dash = skipBack(folded, start);
        if (dash > 0 && "-\u2010\u2011\u2013\u2014".indexOf(folded.charAt(dash - 1)) >= 0) {
            int wordEnd = skipBack(folded, dash - 1);
            int wordStart = wordEnd;
            while (wordStart > 0 && Character.isLetter(folded.charAt(wordStart - 1))) {
                wordStart--;
            }
            int named = wordEnd > wordStart ? month(folded.substring(wordStart, wordEnd), NO_ENDING) : 0;
            if (named == 0 || named >= last) {
                return; // not a span of months of one year
            }
            first = named;
            from = wordStart;
        } else if (dash > 0 && Character.isDigit(folded.charAt(dash - 1))) {
            return; // "22 маусымда": a day and its month, read with the day
        }
        Matcher m = YEAR_BEFORE.matcher(folded).region(Math.max(0, from - YEAR_REACH), from);
        Integer year = null;
        int opens = from;
        if (m.find()) {
            opens = m.start();
            if (m.group(1) != null) {
                year = Integer.parseInt(m.group(1));
            } else if (publication != null) {
                int published = publication.date().getYear();
                year = m.group(2) != null || m.group(5) != null ? published - 1
                        : m.group(4) != null ? published + 1 : published;
            }
        } else if (AMBIGUOUS.contains(nameOf(folded.substring(from, closes))) || publication == null) {
            return;
        } else {
            int published = publication.date().getYear();
            year = !publication.knowsMonth() || last <= publication.date().getMonthValue() ? published : published - 1;
        }
        String period = year == null ? null
                : first == last ? Periods.month(year, last) : Periods.months(year, first, year, last);
        out.add(new PeriodResolver.Expression(opens, closes, PeriodResolver.Kind.PERIOD, period));
    }

    /** Where the Kazakh word for "months" right after {@code at} ends, or {@code at} when none follows. */
    private static int monthsWordAfter(String text, int at) {
        int start = at;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\u00A0')) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return start > at && MONTHS_WORDS.contains(text.substring(start, end)) ? end : at;
    }

    /** The month of a word made of a name and one of {@code endings}, or 0. */
    private static int month(String word, Set<String> endings) {
        for (int m = 0; m < NAMES.length; m++) {
            for (String name : NAMES[m]) {
                if (word.startsWith(name) && endings.contains(word.substring(name.length()))) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    /** The name a span or a month starts with ("май" of "майда"), or the text itself when none does. */
    private static String nameOf(String text) {
        for (String[] names : NAMES) {
            for (String name : names) {
                if (text.startsWith(name)) {
                    return name;
                }
            }
        }
        return text;
    }

    private static String[][] byInitial() {
        String[][] table = new String[0x500][];
        Arrays.fill(table, new String[0]);
        for (String[] names : NAMES) {
            for (String name : names) {
                String[] some = table[name.charAt(0)];
                some = Arrays.copyOf(some, some.length + 1);
                some[some.length - 1] = name;
                table[name.charAt(0)] = some;
            }
        }
        return table;
    }

    private static int skipBack(String text, int at) {
        while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\u00A0')) {
            at--;
        }
        return at;
    }

    private static String[][] folded(String[][] names) {
        String[][] out = new String[names.length][];
        for (int m = 0; m < names.length; m++) {
            out[m] = Stream.of(names[m]).map(Words::fold).toArray(String[]::new);
        }
        return out;
    }
}
