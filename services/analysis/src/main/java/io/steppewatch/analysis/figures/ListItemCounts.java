package io.steppewatch.analysis.figures;

import java.util.List;

/**
 * A bare number that closes an item of a list whose items name a party and give its number, the counted noun left
 * to the list's lead-in: "40 trucks are queued: Atameken - 10, Kaplanbek - 18 and Kazygurt - 12", "Китай — 17 644;
 * Япония — 1 164.", "затем идут Россия (451), Турция (276)". The number stands after a name and a spaced dash, or in
 * brackets right after a name, and a list separator follows it (a comma or semicolon, a full stop, "and", the line's
 * end). Static and stateless.
 */
final class ListItemCounts {

    private static final String DASHES = "-–—";
    /** Words that join a list's last item, each between spaces. */
    private static final List<String> JOINS = List.of("and", "и", "et", "va", "және", "ва");

    private ListItemCounts() {
    }

    /** Whether the number written at {@code [start, end)} of {@code text} closes such an item. */
    static boolean closesItem(String text, int start, int end) {
        if (start > 0 && end < text.length() && text.charAt(start - 1) == '(' && text.charAt(end) == ')') {
            int nameEnd = start - 1;
            while (nameEnd > 0 && NumberScanner.isSpace(text.charAt(nameEnd - 1))) {
                nameEnd--;
            }
            return nameEnd < start - 1 && nameEndsAt(text, nameEnd, false) && separatorAt(text, end + 1);
        }
        if (start < 3 || !NumberScanner.isSpace(text.charAt(start - 1)) || DASHES.indexOf(text.charAt(start - 2)) < 0
                || !NumberScanner.isSpace(text.charAt(start - 3))) {
            return false;
        }
        return nameEndsAt(text, start - 3, true) && separatorAt(text, end);
    }

    /** A word with a letter ends at {@code at}; a year too ("2019 — 18 527;") when {@code yearToo}. */
    private static boolean nameEndsAt(String text, int at, boolean yearToo) {
        int begin = at;
        boolean letter = false;
        while (begin > 0 && Character.isLetterOrDigit(text.charAt(begin - 1))) {
            letter |= Character.isLetter(text.charAt(begin - 1));
            begin--;
        }
        if (letter) {
            return true;
        }
        return yearToo && at - begin == 4 && (text.startsWith("19", begin) || text.startsWith("20", begin));
    }

    /** A list separator at {@code at}: ",", ";" or "." before a blank or the end, a joining word, or the line's end. */
    private static boolean separatorAt(String text, int at) {
        if (at >= text.length() || text.charAt(at) == '\n') {
            return true;
        }
        char c = text.charAt(at);
        if (c == ',' || c == ';' || c == '.') {
            return at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1));
        }
        if (!NumberScanner.isSpace(c)) {
            return false;
        }
        for (String join : JOINS) {
            int after = at + 1 + join.length();
            if (text.startsWith(join, at + 1) && after < text.length() && NumberScanner.isSpace(text.charAt(after))) {
                return true;
            }
        }
        return false;
    }
}
