package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers written in digits and reads them by the writer's convention.
 *
 * <p>With a decimal comma (French, Russian, German...) {@code 23,6} is 23.6 and {@code 7.500} is 7500; with a
 * decimal point (English) {@code 1,200} is 1200 and {@code 27.8} is 27.8. In both, spaces, no-break spaces and
 * thin spaces group thousands ({@code 45 400}) when every group after the first has three digits and the
 * first has at most three, so "in 2022 150 firms" stays two numbers. A point followed by a single or two
 * digits is read as a decimal point even with a decimal comma, since English-style figures ($27.8bn) are
 * common in other languages. Digits joined by {@code - / . :} into three parts (dates), a clock time or a
 * fraction are reported as such, never as figures. A decimal written without its zero ({@code .3%}) is read from its
 * point.
 */
final class NumberScanner {

    /** A number in the text. {@code shape} says whether it is a plain number or a date-like chain. */
    record Token(int start, int end, double value, boolean integer, int digits, boolean grouped, Shape shape) {
    }

    enum Shape { NUMBER, CHAIN }

    private NumberScanner() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** Whether every character of {@code text} from {@code from} to {@code to} is a space (an empty stretch is). */
    static boolean onlySpaces(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static List<Token> scan(CharSequence text, boolean decimalComma) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c)) {
                i++;
                continue;
            }
            Token token = read(text, i, decimalComma);
            if (leadingPointAt(text, i) && token.shape() == Shape.NUMBER && token.integer() && !token.grouped()) {
                // ".3%", "by .22%", "$.99": a decimal written without its zero
                token = new Token(i - 1, token.end(), Double.parseDouble("0." + text.subSequence(i, token.end())),
                        false, 1, false, Shape.NUMBER);
            }
            tokens.add(token);
            i = Math.max(token.end(), i + 1);
        }
        return tokens;
    }

    /**
     * The number written from {@code start} up to the space before {@code cut}, where a grouped number's last group
     * turned out to be no part of it ("22 787 Dreamliners": 22).
     */
    static Token readBefore(CharSequence text, int start, int cut, boolean decimalComma) {
        int end = cut;
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return read(text.subSequence(0, end), start, decimalComma);
    }

    private static Token read(CharSequence text, int start, boolean decimalComma) {
        int length = text.length();
        int j = start;
        while (j < length && isAsciiDigit(text.charAt(j))) {
            j++;
        }
        int firstGroup = j - start;
        Token chain = chain(text, start, j);
        if (chain != null) {
            return chain;
        }
        StringBuilder digits = new StringBuilder(text.subSequence(start, j));
        char groupSeparator = 0;
        boolean grouped = false;
        while (firstGroup <= 3 && j < length) {
            char sep = text.charAt(j);
            boolean candidate = isSpace(sep) || sep == '\'' || sep == '’'
                    || (sep == '.' && decimalComma) || (sep == ',' && !decimalComma);
            if (!candidate || (groupSeparator != 0 && sep != groupSeparator && !(isSpace(sep) && isSpace(groupSeparator)))) {
                break;
            }
            if (!threeDigitsAt(text, j + 1)) {
                break;
            }
            groupSeparator = sep;
            grouped = true;
            digits.append(text, j + 1, j + 4);
            j += 4;
        }
        boolean integer = true;
        if (j + 1 < length && isAsciiDigit(text.charAt(j + 1))) {
            char sep = text.charAt(j);
            boolean decimal = decimalComma ? (sep == ',' || (sep == '.' && !grouped)) : sep == '.';
            if (decimal && sep != groupSeparator) {
                int k = j + 1;
                while (k < length && isAsciiDigit(text.charAt(k))) {
                    k++;
                }
                digits.append('.').append(text, j + 1, k);
                j = k;
                integer = false;
            }
        }
        int digitCount = integer ? digits.length() : digits.indexOf(".");
        return new Token(start, j, Double.parseDouble(digits.toString()), integer, digitCount, grouped, Shape.NUMBER);
    }

    /**
     * Whether the digits at {@code at} follow a point that opens the number: a point after a space, a bracket, a quote,
     * a sign or a currency sign, or at the start, never after a letter, a digit or another point ("ID.3", "v2.3",
     * "...3").
     */
    private static boolean leadingPointAt(CharSequence text, int at) {
        if (at < 1 || text.charAt(at - 1) != '.') {
            return false;
        }
        if (at == 1) {
            return true;
        }
        char before = text.charAt(at - 2);
        return isSpace(before) || before == '\n' || "([\"“‘'$€£+-−~≈".indexOf(before) >= 0;
    }

    /** Three digits at {@code at}, not followed by a fourth. */
    private static boolean threeDigitsAt(CharSequence text, int at) {
        if (at + 3 > text.length()) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        return at + 3 == text.length() || !isAsciiDigit(text.charAt(at + 3));
    }

    /**
     * Dates (2024-12-01, 01.12.2024, 12/01/2024), clock times (10:05, 10h30) and fractions (1/4, 24/7):
     * returns the whole chain so that none of its parts is read as a figure.
     */
    private static Token chain(CharSequence text, int start, int firstEnd) {
        int length = text.length();
        if (firstEnd >= length) {
            return null;
        }
        char sep = text.charAt(firstEnd);
        int firstDigits = firstEnd - start;
        if ((sep == ':' || sep == 'h' || sep == 'H') && firstDigits <= 2 && twoDigitsAt(text, firstEnd + 1)) {
            return chainToken(start, firstEnd + 3);
        }
        int slashSpace = firstEnd;
        while (slashSpace < length && text.charAt(slashSpace) == ' ') {
            slashSpace++;
        }
        if (slashSpace < length && text.charAt(slashSpace) == '/') {
            int k = slashSpace + 1;
            while (k < length && text.charAt(k) == ' ') {
                k++;
            }
            if (k < length && isAsciiDigit(text.charAt(k))) {
                while (k < length && (isAsciiDigit(text.charAt(k)) || text.charAt(k) == '/')) {
                    k++;
                }
                if (k + 1 < length && (text.charAt(k) == ',' || text.charAt(k) == '.') && isAsciiDigit(text.charAt(k + 1))) {
                    // "in 2024 /2,756 thousand tons/": the digits after the slash go on past a mark, so the slash
                    // opens a number of its own (here a bracket), not the second term of a fraction or a date; read
                    // as a chain, the number would be read from its middle ("756 thousand tons")
                    return null;
                }
                return chainToken(start, k);
            }
        }
        if (sep != '-' && sep != '.' && sep != '/') {
            return null;
        }
        int k = firstEnd + 1;
        int second = k;
        while (k < length && isAsciiDigit(text.charAt(k))) {
            k++;
        }
        int secondDigits = k - second;
        if (secondDigits == 0 || secondDigits > 4 || k >= length || text.charAt(k) != sep) {
            return null;
        }
        int third = k + 1;
        int m = third;
        while (m < length && isAsciiDigit(text.charAt(m))) {
            m++;
        }
        int thirdDigits = m - third;
        if (thirdDigits == 0 || thirdDigits > 4) {
            return null;
        }
        boolean dateLike = (firstDigits == 4 && secondDigits <= 2 && thirdDigits <= 2)
                || (firstDigits <= 2 && secondDigits <= 2 && (thirdDigits == 2 || thirdDigits == 4));
        return dateLike ? chainToken(start, m) : null;
    }

    private static boolean twoDigitsAt(CharSequence text, int at) {
        return at + 2 <= text.length() && isAsciiDigit(text.charAt(at)) && isAsciiDigit(text.charAt(at + 1))
                && (at + 2 == text.length() || !isAsciiDigit(text.charAt(at + 2)));
    }

    private static Token chainToken(int start, int end) {
        return new Token(start, end, Double.NaN, false, 0, false, Shape.CHAIN);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
