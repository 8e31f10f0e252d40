package io.steppewatch.analysis.figures;

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

    private final Pattern pattern;
    private final String[] starts;
    /** The first chars of the starts, for a quick test before the whole start is compared. */
    private final String firsts;

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
    }

    /**
     * Hands over the matches of the pattern in {@code [from, to)}, as {@link Matcher#find()} over that region with
     * transparent bounds would, in text order.
     */
    void matches(String text, int from, int to, Consumer<Matcher> action) {
        Matcher m = null;
        int i = from;
        while (i < to) {
            if (firsts.indexOf(text.charAt(i)) < 0 || !opensAt(text, i, to)) {
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

    private boolean opensAt(String text, int at, int to) {
        for (String start : starts) {
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
            if (want == ' ' ? !(Character.isWhitespace(got) || got == '\u00A0') : got != want) {
                return false;
            }
        }
        return true;
    }
}
