package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A margin between two parties written in points ("a 4-point lead", "a 26 point swing", "15 points ahead", "leads by
 * 3 points"): the points are percentage points, a gap between two shares, so the figure is `percent`, measure `change`
 * (the labellers' notes of the open corpus: poll margins in points are percentage points), not a count of points.
 * Points with no word of a margin ("scores at least 1 point", "3-point range") and a game's win ("won by 8 points",
 * "an 8-point win") stay what they were. English only: the French and Russian write the points out ("points de pourcentage", "процентных пункта"), which the unit list reads.
 */
final class PollMargins {

    /** "point" or "points" right after the number, glued by a hyphen or a space ("4-point", "15 points"). */
    private static final Pattern POINTS = Pattern.compile("[- ]points?$", Pattern.CASE_INSENSITIVE);
    /** Nouns and adverbs of a margin right after the points ("lead", "advantage", "ahead"). */
    private static final Set<String> MARGIN_AFTER = Set.of("lead", "leads", "advantage", "edge", "margin", "margins",
            "swing", "gap", "deficit", "ahead", "behind");
    /** Verbs of a margin before "by" ("leads by 3 points", "trails by 2 points"); a game's "won by" is left out. */
    private static final Set<String> MARGIN_VERBS = Set.of("lead", "leads", "led", "leading", "trail", "trails",
            "trailed", "trailing", "ahead", "behind");
    private static final Pattern WORD_AFTER = Pattern.compile("\\s+([A-Za-z]+)");
    private static final Pattern VERB_BY_BEFORE = Pattern.compile("([A-Za-z]+)\\s+(?:(?:about|around|roughly|some|"
            + "nearly|almost|just|only|more than|less than)\\s+)?by\\s+(?:(?:about|around|roughly|some|nearly|almost|"
            + "just|only|more than|less than)\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** How far back "leads by" may start before the number. */
    private static final int BEFORE_REACH = 40;

    private PollMargins() {
    }

    /** The figures with each count of points that is a margin ({@link #margin}) read as percentage points. */
    static List<SurfaceFigure> completed(String text, List<SurfaceFigure> figures) {
        List<SurfaceFigure> out = null;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            if ("count".equals(figure.unit()) && margin(text, figure)) {
                if (out == null) {
                    out = new ArrayList<>(figures);
                }
                out.set(i, new SurfaceFigure(figure.start(), figure.end(), figure.value(), "percent",
                        figure.numberEnd(), null, figure.spelled(), false));
            }
        }
        return out == null ? figures : out;
    }

    /** Whether the figure is written in points ("4-point", "15 points") and a word of a margin speaks of it. */
    static boolean margin(String text, SurfaceFigure figure) {
        String surface = text.substring(figure.start(), figure.end());
        if (!POINTS.matcher(surface).find()) {
            return false;
        }
        Matcher after = WORD_AFTER.matcher(text).region(figure.end(), text.length());
        if (after.lookingAt() && MARGIN_AFTER.contains(after.group(1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        Matcher before = VERB_BY_BEFORE.matcher(text).region(Math.max(0, figure.start() - BEFORE_REACH),
                figure.start());
        return before.find() && MARGIN_VERBS.contains(before.group(1).toLowerCase(Locale.ROOT));
    }
}
