package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A bare number that takes a part of what a figure before it measured, the noun replaced by a pronoun: "400 trucks
 * wait at the post, only 76 of them have crossed", "sur les 972 kilomètres de frontière, 889 d'entre eux sont
 * délimités". The number is a figure of the earlier one's unit (a count of its noun, or kilometres, tonnes...), which
 * the bare number alone would not be. The earlier figure is the nearest one before it that counts a named noun or
 * has a measured unit, in the same paragraph and within a few sentences' reach. Static and stateless.
 */
final class Partitives {

    /** What follows the number, lower case; the apostrophe in both its forms. */
    private static final List<String> PRONOUNS = List.of("of them", "of those", "d'entre eux", "d’entre eux",
            "d'entre elles", "d’entre elles");
    /** How far back, in chars, the measured figure may stand. */
    private static final int REACH = 400;

    private Partitives() {
    }

    /** {@code figures} (sorted by start) with each bare partitive number given the unit of what it takes a part of. */
    static List<SurfaceFigure> completed(String text, List<SurfaceFigure> figures) {
        List<SurfaceFigure> out = null;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            int end = "count".equals(figure.unit()) && figure.noun() == null && !figure.spelled()
                    ? pronounEnd(text, figure.end()) : -1;
            SurfaceFigure whole = end < 0 ? null : measuredBefore(text, figures, i, before -> true);
            if (whole != null) {
                if (out == null) {
                    out = new ArrayList<>(figures);
                }
                out.set(i, new SurfaceFigure(figure.start(), end, figure.value(), whole.unit(), figure.numberEnd(),
                        whole.noun(), false, false));
            }
        }
        return out == null ? figures : out;
    }

    /** Whether {@code figure} is such a part: its span closes with the pronoun of the whole. */
    static boolean takesPart(String text, SurfaceFigure figure) {
        return figure.end() > figure.numberEnd() && pronounEnd(text, figure.numberEnd()) == figure.end();
    }

    /** Where a pronoun of the whole ends after one space at {@code at}, else -1. */
    private static int pronounEnd(String text, int at) {
        if (at >= text.length() || !NumberScanner.isSpace(text.charAt(at))) {
            return -1;
        }
        for (String pronoun : PRONOUNS) {
            int end = at + 1 + pronoun.length();
            if (text.regionMatches(true, at + 1, pronoun, 0, pronoun.length())
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The nearest earlier figure in reach (the same line, {@link #REACH} characters) that counts a named noun or has a
     * measured unit (no money, no percentage) and that {@code fits} accepts, else null.
     */
    static SurfaceFigure measuredBefore(String text, List<SurfaceFigure> figures, int index,
            Predicate<SurfaceFigure> fits) {
        SurfaceFigure figure = figures.get(index);
        for (int k = index - 1; k >= 0; k--) {
            SurfaceFigure before = figures.get(k);
            int lineEnd = text.indexOf('\n', before.end());
            if (figure.start() - before.end() > REACH || lineEnd >= 0 && lineEnd < figure.start()) {
                return null;
            }
            boolean namedCount = "count".equals(before.unit()) && before.noun() != null;
            boolean measured = before.unit() != null && !"count".equals(before.unit()) && !before.isMoney()
                    && !"percent".equals(before.unit().toLowerCase(Locale.ROOT));
            if ((namedCount || measured) && fits.test(before)) {
                return before;
            }
        }
        return null;
    }
}
