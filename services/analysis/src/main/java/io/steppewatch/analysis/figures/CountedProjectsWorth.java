package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.text.Words;

/**
 * The worth of the joint projects its sentence has just counted ("30 projets communs d'une valeur de 4 milliards
 * de dollars", "12 joint projects worth $900 million"): decision 61 of
 * round 38 makes the value of projects of both parties under way, being implemented or launched
 * {@code jointprojects.value}, and the count of the same projects {@code jointprojects.count} by the same test. The
 * worth words ("d'une valeur de", "valeur totale", "стоимостью") are also the words of one project's cost, so the
 * investment read there was turned `other` as a cost; where the figure read just before it, in its sentence, is
 * that count and the worth words stand right before the sum, the sum is the counted projects' worth, not a cost.
 * (A sum read as one party's investment after such a count already becomes their value in the figure loop.)
 */
final class CountedProjectsWorth {

    /** Worth words that may stand right before the sum, folded and trimmed ("d une valeur de", "worth"). */
    private static final List<String> WORTH = Words.foldAll("d une valeur de", "d une valeur totale de",
            "d une valeur totale d environ", "d une valeur d environ", "valeur totale de", "worth", "worth about",
            "worth some", "worth over", "worth more than", "стоимостью", "общей стоимостью", "на общую сумму",
            "на сумму");
    /** How far before the sum the worth words may start. */
    private static final int WORTH_REACH = 32;

    private CountedProjectsWorth() {
    }

    /**
     * Whether {@code annotated}, a sum read `other` as one party's investment that costs something, is the worth of
     * the joint projects counted by {@code before}, the figure read just before it in its sentence.
     */
    static boolean worthOfCountedProjects(ExtractedFigure annotated, SurfaceFigure figure, ExtractedFigure before,
                                          String text) {
        if (before == null || !figure.isMoney() || !FigureAnnotator.OTHER.equals(annotated.metric())
                || !FigureAnnotator.INVESTMENT.equals(annotated.relation())
                || !"jointprojects.count".equals(before.metric()) || before.offset() < 0
                || !before.sentence().equals(annotated.sentence())) {
            return false;
        }
        int countEnd = before.offset() + before.text().length();
        int from = Math.max(countEnd, figure.start() - WORTH_REACH);
        if (from >= figure.start()) {
            return false;
        }
        String gap = Words.fold(text.substring(from, figure.start())).replace('\'', ' ').replace('\u2019', ' ').strip();
        for (String worth : WORTH) {
            if (gap.endsWith(worth) && (gap.length() == worth.length()
                    || !Character.isLetterOrDigit(gap.charAt(gap.length() - worth.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
