package io.steppewatch.analysis.figures;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;

/**
 * Figures that a word of the present moment ("currently", "сейчас", "actuellement", "қазір", "hozirda") does not date
 * (decision 34 of round 35): a share and a flow of trade stated as now have no period; only a stock or a count takes
 * the publication month with such a word. (A place in a ranking stated as now keeps the ranking's year, as before: the
 * decision's `null` for it was measured one dev figure worse and left.) The progress of works under way ("В настоящее время
 * строительные работы завершены на 95%") is a stock of done work and keeps the month.
 */
final class StandingNow {

    private static final String TRADE = "trade.";

    private StandingNow() {
    }

    /** Whether the figure, stated with a present word in its sentence, takes no period for it. */
    static boolean hasNoMonth(Measure measure, String metric, FigureContext context, Sentences.Sentence sentence) {
        if (measure == Measure.SHARE) {
            return !FigureContext.hasCue(context, sentence, "works");
        }
        return measure == Measure.AMOUNT && metric != null && metric.startsWith(TRADE);
    }
}
