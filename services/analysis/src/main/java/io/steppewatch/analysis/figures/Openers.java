package io.steppewatch.analysis.figures;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal starts that every match of a pattern begins with, so that the pattern is tried only where one of them
 * stands. A Java regex alternation is otherwise tried, alternative by alternative, at every position of the text.
 * A space in a start stands for any whitespace char (the patterns' {@code [\s\u00A0]+}). The starts must cover every
 * alternative of the pattern: a missing one loses matches, an extra one only costs a regex attempt.
 */
final class Openers {

    /** Chars up to U+04FF (Latin and Cyrillic) have their starts looked up in {@link #startsByChar}. */
    private static final int TABLE_SIZE = 0x500;
    private static final String[] NONE = new String[0];

    private final Pattern pattern;
    private final String[] starts;
    /** The first chars of the starts, for a quick test before the whole start is compared. */
    private final String firsts;
    /**
     * Per char up to U+04FF, the starts that may stand where it does: most chars of a text open none, and the
     * others are compared with a start or two instead of all of them.
     */
    private final String[][] startsByChar = new String[TABLE_SIZE][];

    Openers(Pattern pattern, String... starts) {
        this.pattern = pattern;
        this.starts = starts.clone();
        StringBuilder chars = new StringBuilder();
        for (String start : starts) {
            if (chars.indexOf(start.substring(0, 1)) < 0) {
                chars.append(start.charAt(0));
            }
        }
        this.firsts = chars.toString();
        for (char c = 0; c < TABLE_SIZE; c++) {
            startsByChar[c] = firsts.indexOf(c) < 0 ? NONE : startsOpenedBy(c);
        }
    }

    /** The starts whose first char {@code c} matches, as {@link #startsAt} compares it. */
    private String[] startsOpenedBy(char c) {
        return Arrays.stream(starts)
                .filter(start -> start.charAt(0) == ' ' ? isBlank(c) : start.charAt(0) == c)
                .toArray(String[]::new);
    }

    /**
     * Hands over the matches of the pattern in {@code [from, to)}, as {@link Matcher#find()} over that region with
     * transparent bounds would, in text order.
     */
    void matches(String text, int from, int to, Consumer<Matcher> action) {
        Matcher m = null;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c < TABLE_SIZE ? !opensAt(startsByChar[c], text, i, to)
                    : firsts.indexOf(c) < 0 || !opensAt(starts, text, i, to)) {
                i++;
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
            }
            m.region(i, to);
            if (m.lookingAt()) {
                int end = m.end(); // read before the action, which may use the matcher
                action.accept(m);
                i = end > i ? end : i + 1;
            } else {
                i++;
            }
        }
    }

    private static boolean opensAt(String[] candidates, String text, int at, int to) {
        for (String start : candidates) {
            if (at + start.length() <= to && startsAt(text, at, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(String text, int at, String start) {
        for (int k = 0; k < start.length(); k++) {
            char want = start.charAt(k);
            char got = text.charAt(at + k);
            if (want == ' ' ? !isBlank(got) : got != want) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
