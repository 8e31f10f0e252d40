package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A valuation of the investment one country holds in another's economy ("Общий объем южнокорейских инвестиций в
 * узбекскую экономику оценивается в 7 млрд долларов", "Korean investments in the Uzbek economy are estimated at $7
 * billion"): decision 61 of round 38 makes what one country "holds invested" in the other {@code investment.total},
 * whatever the verb, and keeps a project's cost or total investment `other` only where no investor is named for the
 * sum. The valuation words ("оценивается в", "estimated at", "évalué à") are also the words of a project's cost, so
 * the sum was read `other` as a cost; where the words before the sum in its sentence name investment and an economy
 * and no project, it is a stock between the parties, and the parties' test ({@code investment.total} takes two) still
 * decides.
 */
final class InvestedEconomies {

    /** Word starts of an economy, folded: "economy", "économie", "экономик", "iqtisodiyot", "экономика". */
    private static final List<String> ECONOMY = Words.foldAll("economy", "economie", "экономик", "iqtisodiyot",
            "иқтисодиёт");
    /** Word starts of investment, folded. */
    private static final List<String> INVESTMENT = Words.foldAll("invest", "инвестиц", "sarmoya", "сармоя");
    /** Word starts of a project or of what a project builds: where one stands, the valuation is its cost. */
    private static final List<String> PROJECT = Words.foldAll("project", "projet", "проект", "loyiha", "лойиҳа",
            "жоба", "строительств", "construct", "railway", "railroad", "chemin", "железн", "pipeline", "plant",
            "завод", "usine", "terminal", "терминал");

    private InvestedEconomies() {
    }

    /** Whether the words of the figure's sentence before it name investment and an economy, and no project. */
    static boolean investedInAnEconomy(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int at = context.wordStarts().at(figure.start());
        boolean economy = false;
        boolean investment = false;
        for (int i = at - 1; i >= 0 && words.get(i).start() >= sentence.start(); i--) {
            String word = words.get(i).folded();
            if (Words.startsWithAny(word, PROJECT)) {
                return false;
            }
            economy |= Words.startsWithAny(word, ECONOMY);
            investment |= Words.startsWithAny(word, INVESTMENT);
        }
        if (!economy || !investment) {
            return false;
        }
        for (int i = at; i < words.size() && words.get(i).start() < sentence.end(); i++) {
            if (Words.startsWithAny(words.get(i).folded(), PROJECT)) {
                return false;
            }
        }
        return true;
    }
}
