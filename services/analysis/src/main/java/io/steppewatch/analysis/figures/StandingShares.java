package io.steppewatch.analysis.figures;

import java.util.Set;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A share of a standing whole, stated in the present tense (decision 51 of round 37: "a share of another whole or of
 * such a standing flow ... a GDP ... takes none"). Two kinds of whole are told by words:
 * <ul>
 *   <li>a flow the sentence says goes somewhere now, by a verb of the flow in the present ("two thirds of the copper
 *       ore the country mines goes to China", "le pays fournit à la France 30 % de son
 *       uranium", "Tolaning 50 foizga yaqini eksportga yuboriladi", "почти половина зерна поставляется в
 *       Узбекистан") — the {@code flowing} cue;</li>
 *   <li>an economy's output or a land's area, right after the share and held by a verb in the present ("accounts for
 *       45 percent of the country's GDP", "переводы составляют 11,6% ВВП", "accounts for 45 per cent of its land
 *       area") — the {@code economy} cue, with a {@code holds} or {@code accounts} verb.</li>
 * </ul>
 * Such a share takes no period from the sentences around it, nor from a period another clause of its sentence names
 * ("In 2024, trade reached $48.8 billion, and over 80% of the exported oil goes to Europe"). A period in the share's
 * own clause still dates it, and a sentence that goes on from the one before ("Cela représente 45 % du PIB") or points
 * back at its period keeps the period set there: that is a share of the very total dated before.
 */
final class StandingShares {

    /** The `share` cues that are a verb in the present tense ("accounts for"), which the `share` kind holds too. */
    private static final Set<String> PRESENT_SHARE_VERBS = Set.of("accounts for", "account for");

    /** How far after the share the whole it is taken of may begin: "45 percent of Tajikistan's GDP". */
    private static final int WHOLE_REACH = 40;

    private StandingShares() {
    }

    /** Whether the share stands against a standing whole, in the present tense, with no period in its clause. */
    static boolean undated(SurfaceFigure figure, Measure measure, FigureContext context, Sentences.Sentence sentence,
                           boolean continues) {
        if (measure != Measure.SHARE || continues) {
            return false;
        }
        boolean flowing = false;
        boolean economy = false;
        boolean holds = false;
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            switch (hit.value()) {
                case "flowing" -> flowing = true;
                case "holds", "accounts" -> holds = true;
                case "share" -> holds |= PRESENT_SHARE_VERBS.contains(
                        Words.fold(context.text().substring(hit.start(), hit.end())));
                case "economy" -> economy |= ofTheFigure(hit, figure, context.text());
                default -> {
                }
            }
        }
        if (!flowing && !(economy && holds)) {
            return false;
        }
        String text = context.text();
        for (PeriodResolver.Expression e : context.periodsIn(sentence.start(), sentence.end())) {
            int from = Math.min(e.end(), figure.end());
            int to = Math.max(e.start(), figure.start());
            if (from >= to || !TextWalks.crossesClause(text, from, to, true)) {
                return false; // "In January-March, 40% of exports went to China": the clause's own period
            }
        }
        return true;
    }

    /** Whether the whole the cue names is the figure's own: inside its words or right after them, in its clause. */
    private static boolean ofTheFigure(CueLexicon.Hit<String> hit, SurfaceFigure figure, String text) {
        if (hit.start() >= figure.start() && hit.end() <= figure.end()) {
            return true;
        }
        return hit.start() >= figure.end() && hit.start() - figure.end() <= WHOLE_REACH
                && !TextWalks.crossesClause(text, figure.end(), hit.start(), true);
    }
}
