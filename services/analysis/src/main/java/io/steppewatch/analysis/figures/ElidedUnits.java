package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

/**
 * The unit a bare scaled number leaves out because an earlier figure of its sentence, written with the same scale
 * word, gave it: "10 млн тонн, а обратно – 6 млн", "428 thousand tons to one neighbour and 1,146 thousand to
 * another". The earlier figure need not stand right before it: a percent or a multiple that only comments on a
 * figure ("(+12,5%)", "(рост в 1,8 раза)") may come between, as may other items written the same way. The nearest
 * earlier figure that has a scale word decides: its unit is carried when its scale word is the same and its unit is
 * one whose word a list leaves out (tonnes, cubic metres, TEU, kilometres).
 */
final class ElidedUnits {

    /** The measured units whose unit word a following figure with the same scale word may leave out. */
    static final Set<String> CARRIED = Set.of("t", "m3", "TEU", "km");
    /** Units of the comments a list may put between its items without a scale word: "(+12,5%)", "в 1,8 раза". */
    private static final Set<String> COMMENTS = Set.of("percent", "times");
    /** How many such comments may stand between the bare number and the item that gives its unit. */
    private static final int MAX_COMMENTS = 2;

    private ElidedUnits() {
    }

    /**
     * The unit {@code figures.get(index)} leaves out, or null: it must be a bare number (no noun, not spelled) with a
     * scale word, and the nearest earlier figure of its sentence with a scale word must have the same one and a
     * {@link #CARRIED} unit of its own.
     */
    static String carried(String text, List<SurfaceFigure> figures, int index, UnitLexicon units) {
        SurfaceFigure figure = figures.get(index);
        if (figure.noun() != null || figure.spelled()) {
            return null;
        }
        UnitLexicon.Found mine = units.scaleAt(text, figure.numberEnd());
        if (mine == null) {
            return null;
        }
        int comments = 0;
        int after = figure.start();
        for (int k = index - 1; k >= 0; k--) {
            SurfaceFigure before = figures.get(k);
            if (before.end() > after || TextWalks.hasSentenceBreak(text, before.end(), after)) {
                return null;
            }
            UnitLexicon.Found theirs = units.scaleAt(text, before.numberEnd());
            if (theirs != null) {
                return !before.implicit() && before.unit() != null && CARRIED.contains(before.unit())
                        && mine.value().equals(theirs.value()) ? before.unit() : null;
            }
            if (before.unit() == null || !COMMENTS.contains(before.unit()) || ++comments > MAX_COMMENTS) {
                return null;
            }
            after = before.start();
        }
        return null;
    }
}
