package io.steppewatch.analysis.region;

import java.util.function.Predicate;

/**
 * One occurrence of a gazetteer name in a text.
 *
 * @param code  country (ISO 3166 alpha-2), bloc, corridor or {@code REGION} code
 * @param kind  what the matched name is
 * @param start char offset of the first character of the match
 * @param end   char offset just after the match
 */
public record Mention(String code, PlaceKind kind, int start, int end) {

    /** Whether the mentions {@code counted} accepts name one code between them at most (none included). */
    public static boolean atMostOneCode(Iterable<Mention> mentions, Predicate<Mention> counted) {
        String first = null;
        for (Mention m : mentions) {
            if (!counted.test(m)) {
                continue;
            }
            if (first == null) {
                first = m.code();
            } else if (!first.equals(m.code())) {
                return false;
            }
        }
        return true;
    }

    /** Whether, in {@code text}, the name takes the English possessive: "Kazakhstan's", "Uzbekistan’s". */
    public boolean possessiveIn(String text) {
        if (end + 1 >= text.length()) {
            return false;
        }
        char mark = text.charAt(end);
        char s = text.charAt(end + 1);
        return (mark == '\'' || mark == '’') && (s == 's' || s == 'S');
    }
}
