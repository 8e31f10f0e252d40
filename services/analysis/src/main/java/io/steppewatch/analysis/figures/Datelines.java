package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;

/**
 * The dateline a report opens a paragraph with ("BAKU, Azerbaijan, May 22.", "BISHKEK, May 25 (TASS) -",
 * "МОСКВА, 21 ноя — РИА Новости"): the town in capitals and the country after it say where the report was filed,
 * not what it is about, so they are no party of its figures and no partner of the article. Stateless.
 */
public final class Datelines {

    /**
     * A town in capitals, a comma (a full stop in Interfax's "MINSK. May 24"), perhaps its country and a comma, then a
     * day and a month in either order; or a town
     * and its country written in small letters, each followed by a comma, then the date ("Baku, Azerbaijan, Dec. 28",
     * "Astana, le 27 novembre").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:\\p{Lu}[\\p{Lu}-]{2,}(?:[ -]\\p{Lu}[\\p{Lu}-]{2,})*[ \\u00A0]*[,.][ \\u00A0]*"
                    + "(?:\\p{Lu}\\p{L}+(?:[ \\u00A0]\\p{Lu}\\p{L}+)?[ \\u00A0]*,[ \\u00A0]*)?"
                    + "|\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?,[ \\u00A0]+"
                    + "\\p{Lu}\\p{Ll}+(?:[ \\u00A0]\\p{Lu}\\p{Ll}+)?"
                    + ",[ \\u00A0]+(?:le[ \\u00A0]+)?|\\p{Lu}\\p{Ll}+,[ \\u00A0]+le[ \\u00A0]+(?=\\d))"
                    + "(?:\\p{L}{3,}\\.?[ \\u00A0]+\\d{1,2}(?!\\d)|\\d{1,2}[ \\u00A0]+\\p{L}{3,})");

    private Datelines() {
    }

    /** The mentions less those inside a dateline that opens a paragraph of {@code text}; the same list when none. */
    public static List<Mention> without(String text, List<Mention> mentions) {
        List<int[]> spans = null;
        Matcher matcher = null;
        for (int at = 0; at >= 0 && at + 1 < text.length(); at = nextParagraph(text, at)) {
            // A capital opens every dateline and a comma closes its town within a few letters: most paragraphs are
            // turned away without the pattern.
            if (!Character.isUpperCase(text.charAt(at)) || !commaAfterTown(text, at)) {
                continue;
            }
            matcher = matcher == null ? DATELINE.matcher(text) : matcher;
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                spans = spans == null ? new ArrayList<>() : spans;
                spans.add(new int[] {at, matcher.end()});
            }
        }
        if (spans == null) {
            return mentions;
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean inside = false;
            for (int[] span : spans) {
                inside |= m.start() >= span[0] && m.start() < span[1];
            }
            if (!inside) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** The most chars a dateline's town takes before its comma ("NUR-SULTAN", "Ust-Kamenogorsk"). */
    private static final int TOWN_LENGTH = 24;

    /** Whether letters, spaces or hyphens alone lead from {@code at} to a comma or full stop within a town's length. */
    private static boolean commaAfterTown(String text, int at) {
        int end = Math.min(text.length(), at + TOWN_LENGTH);
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.') {
                return i > at;
            }
            if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\u00A0') {
                return false;
            }
        }
        return false;
    }

    /** The first char of the paragraph after the one holding {@code at} (blank lines passed over), or -1. */
    private static int nextParagraph(String text, int at) {
        int next = text.indexOf('\n', at);
        if (next < 0) {
            return -1;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next;
    }
}
