package io.steppewatch.analysis.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two numbers of an English vote's tally ("the House voted 402 to 17", "approved by a vote of 7-2", "passed with a
 * majority of 31 to 9"): each counts the votes cast one way, so neither is a bare number of page furniture. Only a
 * pair joined by "to" or a dash right after "voted", "vote(s) of" or "majority of" is read: a lone number after them
 * ("voted 3 times") is left to the other rules.
 */
final class VoteTallies {

    /** The words of a vote, then the tally's two numbers (group 1 ends the first, group 2 the second). */
    private static final Pattern TALLY = Pattern.compile(
            "(?i)\\b(?:voted|votes?\\s+of|majority\\s+of)\\s+(\\d{1,3}(?:,\\d{3})*)\\s*(?:to|[-–])\\s*(\\d{1,3}(?:,\\d{3})*)"
                    + "(?![\\p{L}\\d%]|[.,]\\d)");
    /** How far before a number the words of a vote may stand: "majority of " and the first number of the pair. */
    private static final int REACH = 40;

    private VoteTallies() {
    }

    /** Whether the number from {@code start} to {@code end} is one of the two numbers of a vote's tally. */
    static boolean inTally(String text, int start, int end) {
        int from = Math.max(0, start - REACH);
        if (!wordBefore(text, from, start, "vot") && !wordBefore(text, from, start, "majority")) {
            return false;
        }
        Matcher tally = TALLY.matcher(text).region(from, Math.min(text.length(), end + REACH));
        tally.useTransparentBounds(true);
        while (tally.find()) {
            if (tally.start(1) == start && tally.end(1) == end || tally.start(2) == start && tally.end(2) == end) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} (any case) starts somewhere from {@code from} up to {@code to}. */
    private static boolean wordBefore(String text, int from, int to, String word) {
        for (int i = from; i + word.length() <= to; i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
