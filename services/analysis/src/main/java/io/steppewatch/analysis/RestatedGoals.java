package io.steppewatch.analysis;

import java.util.List;

/**
 * An article that states a goal more than once (the headline, the lead, a quote) may word it once as a goal and once
 * as a bare level: "agree to boost annual trade to $500m" over "measures to take bilateral trade to $500 million per
 * annum", "стремятся довести до 1 млрд" beside "товарооборот в 1 млрд долларов". The labels read every statement of
 * it as the goal: a ledger figure read as a level (`amount`) whose metric, parties, unit and value are those of a
 * figure of the same article read as a goal (`target`), with the same period (both undated, or one year), is that goal
 * restated; a level of its own year beside an undated goal stays a level ("reached $1 billion in 2023"). Round 48
 * (alerts48): dev 15 measures right in 14 files (the newest zt-en-013), 3 wrong (b-ru-044 ×2, g-en-004). Stateless.
 */
final class RestatedGoals {

    private static final double TOLERANCE = 0.005;

    private RestatedGoals() {
    }

    /** Reads, in place, every level that restates a goal of the same article as that goal. */
    static void unify(List<ExtractedFigure> figures) {
        int goals = 0;
        for (ExtractedFigure figure : figures) {
            if (figure.measure() == Measure.TARGET && !"other".equals(figure.metric())) {
                goals++;
            }
        }
        if (goals == 0 || goals == figures.size()) {
            return;
        }
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure level = figures.get(i);
            if (level.measure() != Measure.AMOUNT || "other".equals(level.metric())) {
                continue;
            }
            for (ExtractedFigure goal : figures) {
                if (goal.measure() == Measure.TARGET && restates(level, goal)) {
                    figures.set(i, new ExtractedFigure(level.value(), level.unit(), Measure.TARGET, level.metric(),
                            level.subjects(), level.period(), level.text(), level.sentence(), level.offset(),
                            level.relation(), level.traded()));
                    break;
                }
            }
        }
    }

    private static boolean restates(ExtractedFigure level, ExtractedFigure goal) {
        return level.metric().equals(goal.metric()) && level.unit().equals(goal.unit())
                && Math.abs(level.value() - goal.value()) <= TOLERANCE * Math.abs(goal.value())
                && java.util.Objects.equals(level.period(), goal.period())
                && level.subjects().size() == goal.subjects().size() && level.subjects().containsAll(goal.subjects());
    }
}
