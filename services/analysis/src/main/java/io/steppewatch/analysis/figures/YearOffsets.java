package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Numbers of years that date an event rather than measure a span (decision 18 of round 34): a distance from now or
 * from another event ("four years ago", "шесть лет назад", "il y a vingt ans", "15 ans après la signature", "two
 * years into the war", "через пять лет", "dans deux ans", "in two years from now", "6 йил аввал", "5 жыл бұрын"),
 * and an age, also one given as a range ("âgés de 20 à 30 ans"). Such numbers place an event in time as a date does
 * and are no figure. What lasts, is allowed, or bounds a change ("for 20 years", "après quatre ans de fermeture",
 * "within five years", "за пять лет") keeps its figure: the offset words stand after the unit ("ago", "après") or
 * right before the number ("il y a", "через"), never where a span's preposition stands.
 *
 * <p>Days date an event the same way ("three days ago", "four days earlier", "trois jours plus tôt", "пять дней
 * назад"), but "after" does not tell a distance from a duration there ("arrived 11 days after leaving Xi'an" is a
 * transit time): days before or after something date an event only right behind a date that they place it from ("On
 * 26 November, two days before the summit", "le 4 mars 2020, cinq jours après la fermeture du pont"). Years behind a
 * date take the same words, and the same before-and-after words skip "to the day" ("trois ans jour pour jour après").
 */
final class YearOffsets {

    /** Words right after the word of years that make the number a distance in time. Folded. */
    private static final Set<String> OFFSET_AFTER = WordSet.copyOf(Words.foldAll("ago", "after", "later", "into",
            "après", "назад", "спустя"));
    /** Two-word offsets after the word of years: "plus tard", "from now". Folded, space-joined. */
    private static final Set<String> OFFSET_AFTER_PAIRS = Set.copyOf(Words.foldAll("plus tard", "from now"));
    /** Uzbek and Kazakh postpositions of "ago", with their case endings ("аввалгидан", "бұрынғы"). Folded stems. */
    private static final List<String> OFFSET_AFTER_STEMS = Words.foldAll("аввал", "олдин", "илгари", "avval", "oldin",
            "ilgari", "бұрын", "buryn");
    /** Words right after the word of days that make the number a distance in time: no "after", which lasts too. */
    private static final Set<String> DAYS_OFFSET_AFTER = WordSet.copyOf(Words.foldAll("ago", "earlier", "назад"));
    /** Two-word distances after the word of days (and of years, where "earlier" alone is one). Folded, space-joined. */
    private static final Set<String> DAYS_OFFSET_AFTER_PAIRS = Set.copyOf(Words.foldAll("plus tôt"));
    /** Words right after days or years that place an event before or after another, when a date stands before. */
    private static final Set<String> BEFORE_OR_AFTER = WordSet.copyOf(Words.foldAll("before", "after", "avant",
            "après", "до", "после", "спустя"));
    /** "to the day", "jour pour jour": words between the unit and "after" that only make the distance exact. */
    private static final Set<String> TO_THE_DAY = Set.copyOf(Words.foldAll("to the day", "jour pour jour",
            "день в день"));
    /** Words right before the number (past the approximations) that make it a distance in time. Folded. */
    private static final Set<String> OFFSET_BEFORE = WordSet.copyOf(Words.foldAll("через", "dans"));
    /**
     * "за N дней до": the Russian "N days before", the preposition before the number and "до" right after the word of
     * days ("за два дня до выборов"); "за" alone is a span ("за пять дней работы"). Folded.
     */
    private static final String DAYS_AHEAD_OF = "за";
    private static final String DAYS_AHEAD_OF_END = "до";
    /** Stems of the places a journey runs to ("до границы", "до порта"): after "за N дней до", no event. Folded. */
    private static final List<String> DESTINATION_STEMS = Words.foldAll("границ", "порт", "станци", "терминал",
            "пункт", "город", "столиц", "побереж", "пограничн", "места");
    /** "il y a": the French "ago", three words before the number. Folded, space-joined. */
    private static final String IL_Y_A = "il y a";
    /** Words between an offset and its number: "il y a encore trois ans", "через почти пять лет". Folded. */
    private static final Set<String> APPROXIMATIONS = WordSet.copyOf(Words.foldAll("encore", "pres", "de", "plus",
            "environ", "presque", "quelque", "déjà", "около", "почти", "более", "примерно", "уже"));
    /** Words that join the two bounds of a range of years: "5-7 years", "20 à 30 ans", "two to three years". */
    private static final Set<String> RANGE_JOINERS = WordSet.copyOf(Words.foldAll("to", "or", "à", "a", "ou", "до",
            "или"));
    /** How many words before a number are looked at for an offset word. */
    private static final int WORDS_BEFORE = 6;

    private YearOffsets() {
    }

    /** {@code figures} (in text order) without the numbers of years that date an event or tell an age. */
    static List<SurfaceFigure> withoutOffsets(String text, List<SurfaceFigure> figures) {
        List<SurfaceFigure> kept = null;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            if ("days".equals(figure.unit())) {
                boolean dropped = daysDateEvent(text, figure.start(), figure.end());
                if (dropped && kept == null) {
                    kept = new ArrayList<>(figures.subList(0, i));
                }
                if (!dropped && kept != null) {
                    kept.add(figure);
                }
                continue;
            }
            if (!"years".equals(figure.unit())) {
                if (kept != null) {
                    kept.add(figure);
                }
                continue;
            }
            int last = i;
            while (last + 1 < figures.size() && "years".equals(figures.get(last + 1).unit())
                    && joinsRange(text, figures.get(last).end(), figures.get(last + 1).start())) {
                last++;
            }
            int start = openingBound(text, figure.start());
            int end = figures.get(last).end();
            boolean dropped = datesEvent(text, start, end) || Traps.isAge(text, start, end);
            if (dropped && kept == null) {
                kept = new ArrayList<>(figures.subList(0, i));
            }
            if (!dropped && kept != null) {
                kept.addAll(figures.subList(i, last + 1));
            }
            i = last;
        }
        return kept == null ? figures : kept;
    }

    /** Whether the years in {@code [start, end)} (number and word of years) date an event by its distance. */
    static boolean datesEvent(String text, int start, int end) {
        List<String> after = wordsAfter(text, end, 4);
        if (after.size() == 4 && TO_THE_DAY.contains(after.get(0) + " " + after.get(1) + " " + after.get(2))) {
            after = after.subList(3, 4); // "trois ans jour pour jour après": the distance, made exact
        }
        if (!after.isEmpty()) {
            String first = after.get(0);
            if (OFFSET_AFTER.contains(first) || Words.startsWithAny(first, OFFSET_AFTER_STEMS)
                    || after.size() >= 2 && (OFFSET_AFTER_PAIRS.contains(first + " " + after.get(1))
                    || DAYS_OFFSET_AFTER_PAIRS.contains(first + " " + after.get(1)))
                    || "earlier".equals(first) || beforeOrAfterBehindDate(text, start, after)) {
                return true;
            }
        }
        List<String> before = wordsBefore(text, start, WORDS_BEFORE);
        int k = before.size();
        while (k > 0 && APPROXIMATIONS.contains(before.get(k - 1))) {
            k--;
        }
        if (k > 0 && OFFSET_BEFORE.contains(before.get(k - 1))) {
            return true;
        }
        return k >= 3 && IL_Y_A.equals(before.get(k - 3) + " " + before.get(k - 2) + " " + before.get(k - 1));
    }

    /**
     * Whether the days in {@code [start, end)} date an event: "ago", "earlier", "plus tôt", "назад" after the
     * word of days, "il y a", "через" or "dans" before the number, "за" before it with "до" after the word of days
     * ("за два дня до гонки"), or "before" and "after" right behind a date.
     */
    static boolean daysDateEvent(String text, int start, int end) {
        List<String> after = wordsAfter(text, end, 4);
        if (!after.isEmpty() && (DAYS_OFFSET_AFTER.contains(after.get(0)) || Words.startsWithAny(after.get(0),
                OFFSET_AFTER_STEMS) || after.size() >= 2 && DAYS_OFFSET_AFTER_PAIRS.contains(after.get(0) + " "
                + after.get(1)) || beforeOrAfterBehindDate(text, start, after))) {
            return true;
        }
        List<String> before = wordsBefore(text, start, WORDS_BEFORE);
        int k = before.size();
        while (k > 0 && APPROXIMATIONS.contains(before.get(k - 1))) {
            k--;
        }
        if (k > 0 && OFFSET_BEFORE.contains(before.get(k - 1))) {
            return true; // "завершится через 6 дней", "dans dix jours"
        }
        if (k > 0 && DAYS_AHEAD_OF.equals(before.get(k - 1)) && after.size() >= 2
                && DAYS_AHEAD_OF_END.equals(after.get(0)) && aheadOfAnEvent(text, end, after.get(1))) {
            return true; // "за два дня до гонки": so many days ahead of an event
        }
        return k >= 3 && IL_Y_A.equals(before.get(k - 3) + " " + before.get(k - 2) + " " + before.get(k - 1));
    }

    /**
     * Whether the word after "за N дней до" ({@code folded}, the first word of that spelling after {@code end}) is an
     * event ("до гонки", "до выборов") rather than where a journey ends: a capitalised place ("за 12 дней до Европы")
     * or a noun of a place on a route ("до границы", "до порта") makes the days a transit time.
     */
    private static boolean aheadOfAnEvent(String text, int end, String folded) {
        if (Words.startsWithAny(folded, DESTINATION_STEMS)) {
            return false;
        }
        int i = end;
        for (int word = 0; word < 2 && i < text.length(); word++) { // past "до" to the next word
            while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
                i++;
            }
            while (word == 0 && i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
        }
        return i < text.length() && !Character.isUpperCase(text.charAt(i));
    }

    /**
     * Whether "before" or "after" (past "to the day") follows the unit while a date and a comma stand right before the
     * number: "On 26 November, two days before the summit", "le 4 mars 2020, cinq jours après".
     */
    private static boolean beforeOrAfterBehindDate(String text, int start, List<String> after) {
        int k = 0;
        if (after.size() >= 4 && TO_THE_DAY.contains(after.get(0) + " " + after.get(1) + " " + after.get(2))) {
            k = 3;
        }
        return k < after.size() && BEFORE_OR_AFTER.contains(after.get(k)) && behindDate(text, start);
    }

    /**
     * Whether a date and a comma stand right before {@code start}: a month's name, a day after a month's name
     * ("November 26,") or a year ("4 mars 2020,").
     */
    private static boolean behindDate(String text, int start) {
        int j = start;
        while (j > 0 && NumberScanner.isSpace(text.charAt(j - 1))) {
            j--;
        }
        if (j == 0 || text.charAt(j - 1) != ',') {
            return false;
        }
        j--;
        while (j > 0 && NumberScanner.isSpace(text.charAt(j - 1))) {
            j--;
        }
        int digits = j;
        while (digits > 0 && NumberScanner.isAsciiDigit(text.charAt(digits - 1))) {
            digits--;
        }
        if (digits == j) {
            String word = Traps.wordBefore(text, j);
            return word != null && Traps.isMonth(word) && Character.isLetter(text.charAt(j - 1));
        }
        if (digits > 0 && Character.isLetter(text.charAt(digits - 1))) {
            return false;
        }
        if (j - digits == 4) {
            int year = Integer.parseInt(text.substring(digits, j));
            return year >= 1900 && year <= 2099;
        }
        String word = Traps.wordBefore(text, digits);
        return j - digits <= 2 && word != null && Traps.isMonth(word);
    }

    /** Whether only a dash or a range word stands between two numbers of years ("5-7", "20 à 30", "two to three"). */
    private static boolean joinsRange(String text, int from, int to) {
        if (to < from || to - from > 5) {
            return false;
        }
        String between = text.substring(from, to).strip();
        return between.length() == 1 && "-–—".indexOf(between.charAt(0)) >= 0
                || RANGE_JOINERS.contains(Words.fold(between));
    }

    /**
     * Where a range opens whose first bound was read as no figure of its own: "âgés de 20 à 30 ans" holds "30 ans"
     * alone once the age left out "20"; the words before the range are those before its first bound.
     */
    private static int openingBound(String text, int start) {
        int j = start;
        while (j > 0 && NumberScanner.isSpace(text.charAt(j - 1))) {
            j--;
        }
        int joinerStart = j;
        while (joinerStart > 0 && Character.isLetter(text.charAt(joinerStart - 1))) {
            joinerStart--;
        }
        boolean dash = joinerStart == j && j > 0 && "-–—".indexOf(text.charAt(j - 1)) >= 0;
        if (!dash && (joinerStart == j || !RANGE_JOINERS.contains(Words.fold(text.substring(joinerStart, j))))) {
            return start;
        }
        int k = dash ? j - 1 : joinerStart;
        while (k > 0 && NumberScanner.isSpace(text.charAt(k - 1))) {
            k--;
        }
        int digits = k;
        while (digits > 0 && NumberScanner.isAsciiDigit(text.charAt(digits - 1))) {
            digits--;
        }
        return digits < k && (digits == 0 || !Character.isLetterOrDigit(text.charAt(digits - 1))) ? digits : start;
    }

    /** Up to {@code n} folded words after {@code end}, in order, stopping at any mark but spaces and apostrophes. */
    private static List<String> wordsAfter(String text, int end, int n) {
        List<String> words = new ArrayList<>(n);
        int i = end;
        while (words.size() < n) {
            while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < text.length() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j == i) {
                break;
            }
            words.add(Words.fold(text.substring(i, j)));
            i = j;
        }
        return words;
    }

    /**
     * Up to {@code n} folded words before {@code start}, in text order, stopping at any mark but spaces and an
     * apostrophe ("il y a", "d'ici").
     */
    private static List<String> wordsBefore(String text, int start, int n) {
        List<String> words = new ArrayList<>(n);
        int j = start;
        while (words.size() < n) {
            while (j > 0 && (NumberScanner.isSpace(text.charAt(j - 1))
                    || TextWalks.isApostrophe(text.charAt(j - 1)))) {
                j--;
            }
            int i = j;
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (i == j) {
                break;
            }
            words.add(0, Words.fold(text.substring(i, j)));
            j = i;
        }
        return words;
    }
}
