package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import io.steppewatch.analysis.text.Words;

/**
 * Small walks over raw text shared by the annotator's rules: the word before or after an offset, whether a stretch
 * crosses a clause, whether text ends with one of some words. Static and stateless.
 */
final class TextWalks {

    /** Words of a counted phrase that make its companies joint ventures ("400 joint Kazakh-Uzbek companies"). */
    private static final List<String> JOINT_WORDS = Words.foldAll("joint", "совместн", "qo'shma", "qoshma", "кўшма",
            "қўшма", "бірлескен", "mixte", "commune");
    /** Words that open a "from ... to" range when they end the text before a figure ({@link #endsWithWord}). */
    private static final List<String> RANGE_START = List.of("from", "from the current", "с", "de", "du", "от");

    private static final List<String> CONJUNCTIONS = List.of(" and ", " while ", " whereas ", " et ", " alors que ",
            " tandis que ", " и ", " а ", " тогда как ", " в то время как ");

    private TextWalks() {
    }

    /** {@link #within} read from the list's {@link StartIndex}. */
    static <T> List<T> within(List<T> items, StartIndex<T> starts, int from, int to) {
        // from > to when a figure runs past its sentence's end ("12.7 mln. US dollars" cut at "mln."): nothing
        return from >= to ? List.of() : items.subList(starts.at(from), starts.at(to));
    }

    /** The items (sorted by start) that start within {@code [from, to)}. */
    static <T> List<T> within(List<T> items, ToIntFunction<T> startOf, int from, int to) {
        return items.subList(StartIndex.lowerBound(items, startOf, from), StartIndex.lowerBound(items, startOf, to));
    }

    /** The folded word just after {@code end} (spaces between), or "". */
    static String wordAfter(String text, int end) {
        return Words.fold(lettersAfter(text, end));
    }

    /** The run of letters just after {@code at} and the blanks after it, as written, or "". */
    static String lettersAfter(String text, int at) {
        int begin = at;
        while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        int stop = begin;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return text.substring(begin, stop);
    }

    /** The folded word just before {@code start} (spaces between), or "". */
    static String wordBefore(String text, int start) {
        return Words.fold(lettersBefore(text, start));
    }

    /** The letters written right after {@code end} with only spaces between, as {@link #spacedWordBefore}; or null. */
    static String spacedWordAfter(String text, int end) {
        int begin = end;
        while (begin < text.length() && NumberScanner.isSpace(text.charAt(begin))) {
            begin++;
        }
        int stop = begin;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return begin == stop || begin == end ? null : text.substring(begin, stop);
    }

    /**
     * The letters written right before {@code start} with only spaces between (the spaces of {@link NumberScanner}: no-break
     * and thin ones too, no line break), as written; null when no space or no letter stands there.
     */
    static String spacedWordBefore(String text, int start) {
        int end = start;
        while (end > 0 && NumberScanner.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin == end || end == start ? null : text.substring(begin, end);
    }

    /**
     * The run of letters that ends just before the blanks before {@code start}, as written; "" when no blank comes
     * right before {@code start} (a figure glued to a word has no word before it).
     */
    static String lettersBefore(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return end < start ? text.substring(begin, end) : "";
    }

    /** Whether one of {@code parts} stands anywhere in {@code lower} (a text already lower-cased or folded). */
    static boolean containsAny(String lower, List<String> parts) {
        for (String part : parts) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code stems} starts a word of {@code lower} (a text already lower-cased or folded). */
    static boolean startsAWord(String lower, List<String> stems) {
        for (String stem : stems) {
            for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
                if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A straight or typographic apostrophe, as in "Kazakhstan's" or "d’Ouzbékistan". */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    static boolean jointBefore(List<Words.Word> words, int first, int at) {
        for (int k = first; k < at; k++) {
            if (Words.startsWithAny(words.get(k).folded(), JOINT_WORDS)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasSentenceBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure opens a "from ... to" range: "from 6 million", "from the current 17", "с 10 млн". */
    static boolean startOfARange(String text, int start) {
        String before = Words.fold(text.substring(Math.max(0, start - 20), start));
        return endsWithWord(withoutApproximation(before), RANGE_START);
    }

    /** Signs of an approximate number written before it: "с ~$6 млрд", "from ≈ 40%". */
    private static final String APPROXIMATION_SIGNS = "~≈";

    /** The text before a number without the approximation sign that ends it: "с ~" is "с ". */
    private static String withoutApproximation(String before) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || APPROXIMATION_SIGNS.indexOf(before.charAt(end - 1)) < 0) {
            return before;
        }
        return before.substring(0, end - 1) + " ";
    }

    /**
     * Whether {@code text} ends with one of {@code words} after the start or a character outside [A-Za-z0-9_], then
     * white space: what the pattern {@code (?:^|\W)(?:word|...)\s+$} finds, without a regular expression (it ran
     * for every figure). Like {@code $}, the end may also be just before a line terminator that ends the text.
     */
    static boolean endsWithWord(String text, List<String> words) {
        int length = text.length();
        if (endsWithWordAt(text, length, words)) {
            return true;
        }
        if (length > 0 && isLineTerminator(text.charAt(length - 1))) {
            if (endsWithWordAt(text, length - 1, words)) {
                return true;
            }
            return length > 1 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\r'
                    && endsWithWordAt(text, length - 2, words);
        }
        return false;
    }

    private static boolean endsWithWordAt(String text, int end, List<String> words) {
        int k = end;
        while (k > 0 && isRegexSpace(text.charAt(k - 1))) {
            k--;
        }
        if (k == end) {
            return false;
        }
        for (String word : words) {
            int from = k - word.length();
            if (from >= 0 && text.startsWith(word, from) && (from == 0 || !isAsciiWordChar(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * "imports totaled $600.7 mln and exports amounted to $36.1 mln": a conjunction between a figure and a cue after
     * it starts the next figure's clause.
     */
    static boolean joinsNextClause(String text, int from, int to) {
        if (from < 0 || to > text.length() || from > to || hasDottedCapitalI(text, from, to)) {
            return joinsNextClauseCopied(text, from, to);
        }
        // Read in place, as in the copy " " + lower case + " ": each conjunction opens with a space, so only the
        // spaces of the stretch and the one before it are tried; the char at "to" is the closing space.
        int k = from - 1;
        while (true) {
            for (String conjunction : CONJUNCTION_ARRAY) {
                if (conjunctionAt(text, k, to, conjunction)) {
                    return true;
                }
            }
            k = text.indexOf(' ', k + 1);
            if (k < 0 || k >= to) {
                return false;
            }
        }
    }

    private static final String[] CONJUNCTION_ARRAY = CONJUNCTIONS.toArray(String[]::new);

    /**
     * Whether {@code conjunction} (a space, words, a space) stands at {@code k} of the stretch that ends at {@code to}
     * (the space at k already read), each char read in lower case and the end of the stretch as a space.
     */
    private static boolean conjunctionAt(String text, int k, int to, String conjunction) {
        int length = conjunction.length();
        if (k + length - 1 > to) {
            return false;
        }
        for (int j = 1; j < length; j++) {
            int at = k + j;
            char c = at == to ? ' ' : Character.toLowerCase(text.charAt(at));
            if (c != conjunction.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether "İ" stands in the stretch: the one char whose lower case (two chars) a char-by-char reading misses. */
    private static boolean hasDottedCapitalI(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\u0130') {
                return true;
            }
        }
        return false;
    }

    /** {@link #joinsNextClause} on a lower-case copy of the stretch. */
    private static boolean joinsNextClauseCopied(String text, int from, int to) {
        String between = " " + text.substring(from, to).toLowerCase(java.util.Locale.ROOT) + " ";
        for (String conjunction : CONJUNCTIONS) {
            if (between.contains(conjunction)) {
                return true;
            }
        }
        return false;
    }

    static boolean crossesClause(String text, int from, int to) {
        return crossesClause(text, from, to, false);
    }

    /**
     * Whether a word before {@code words[from]}, at index {@code lowest} or after, passes {@code test} (on its folded
     * form) without the walk back from the figure crossing a clause (asides skipped): "expected to take 12 days",
     * "сократить ... до 10 дней".
     */
    static boolean inClauseBefore(List<Words.Word> words, int from, int lowest, int figureStart, String text,
                                  Predicate<String> test) {
        for (int i = from - 1; i >= 0 && i >= lowest; i--) {
            Words.Word word = words.get(i);
            if (crossesClause(text, word.end(), figureStart, true)) {
                return false;
            }
            if (test.test(word.folded())) {
                return true;
            }
        }
        return false;
    }

    static boolean crossesClause(String text, int from, int to, boolean skipAsides) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (skipAsides && c == '(') {
                // A parenthesis closed before the period is an aside, not a new clause: "transported along the
                // route (TITR, or Middle Corridor) in 2023".
                int close = text.indexOf(')', i);
                if (close > i && close < to) {
                    i = close;
                    continue;
                }
            }
            if (c == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                continue; // "43% or 21,227 tons in 2022": a comma inside a number ends no clause
            }
            if ((c == '—' || c == '–') && linksNames(text, i)) {
                continue; // "China–Europe trains in 2022", "маршрут Туркменистан — Афганистан в 2020 году"
            }
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the dash at {@code at} links two names into one (a route, a pair: "China–Europe", "Туркменистан —
     * Афганистан") rather than opening a clause: a letter right before it and a capital right after it, with no
     * space on either side, or one space on each side and a capital opening the word before it too.
     */
    private static boolean linksNames(String text, int at) {
        if (at < 1 || at + 1 >= text.length()) {
            return false;
        }
        if (Character.isLetter(text.charAt(at - 1)) && Character.isUpperCase(text.charAt(at + 1))) {
            return true;
        }
        if (at < 2 || at + 2 >= text.length() || text.charAt(at - 1) != ' ' || text.charAt(at + 1) != ' '
                || !Character.isLetter(text.charAt(at - 2)) || !Character.isUpperCase(text.charAt(at + 2))) {
            return false;
        }
        int word = at - 2;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return Character.isUpperCase(text.charAt(word));
    }
}
