package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A goal sum whose own clause names nothing it measures: "both sides aim for the target of $2 billion by 2030, by
 * way of more transit and bilateral trade", "With the shared objective of reaching $3 billion, the leaders spoke of
 * expanding bilateral trade".
 * A goal is a goal of something, and where its clause has no word of what, the sentence says it in a clause after it;
 * the nearest word of a metric there names what the goal measures. Only a figure no cue reached is asked (no cue
 * before it, none in its own clause after it): a cue that made it {@code other} stands.
 */
final class GoalSums {

    /** Goal nouns that may stand a few words before the sum ("the target of", "objective of hitting"). */
    private static final Set<String> GOAL_NOUNS = Set.copyOf(Words.foldAll("target", "targets", "objective",
            "objectives", "goal", "goals", "aim", "milestone", "benchmark", "objectif", "objectifs", "cible", "цель",
            "цели", "целью", "ориентир", "maqsad", "maqsadi", "мақсат", "мақсаты"));
    /** Pronouns that point back at what a goal measures. */
    private static final Set<String> POINTERS = Set.copyOf(Words.foldAll("this", "it", "these", "them", "cela",
            "это", "его", "их", "эту", "этот"));
    /** How many words before the sum a goal noun may stand. */
    private static final int GOAL_NOUN_REACH = 3;

    private GoalSums() {
    }

    /**
     * The metric a goal sum with no cue of its own takes from a later clause of its sentence, or null. {@code metric}
     * is the reading so far; only {@code other} money read as a goal or after a goal noun is asked.
     */
    static String goalOfTheSentence(String metric, Measure measure, SurfaceFigure figure, String unitClass,
                                    FigureContext context, Sentences.Sentence sentence) {
        if (!FigureAnnotator.OTHER.equals(metric) || !figure.isMoney()
                || measure != Measure.TARGET && !goalNounBefore(context, sentence, figure)
                || pointsBack(context, sentence, figure)) {
            return null;
        }
        String text = context.text();
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            CueLexicon.MetricCue fitting = null;
            for (CueLexicon.MetricCue cue : hit.value()) {
                if (cue.fits(unitClass) && (fitting == null || cue.weight() > fitting.weight())) {
                    fitting = cue;
                }
            }
            if (fitting == null || Character.isUpperCase(text.charAt(hit.start()))) {
                continue; // a capitalised word is a name or a title ("Minister of Trade", "Trade Fair"), not a metric
            }
            if (hit.end() <= figure.start() || !TextWalks.crossesClause(text, figure.end(), hit.start(), true)) {
                return null; // a cue before the sum or in its own clause: its reading stands
            }
            if (hit.start() < bestStart) {
                best = fitting.metric();
                bestStart = hit.start();
            }
        }
        return FigureAnnotator.OTHER.equals(best) ? null : best;
    }

    /** Whether a pronoun right before the sum says what the goal measures: "are planning to increase this to". */
    private static boolean pointsBack(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        return wordBefore(context, sentence, figure, POINTERS);
    }

    private static boolean goalNounBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        return wordBefore(context, sentence, figure, GOAL_NOUNS);
    }

    /** Whether one of {@code wanted} stands among the few words of the sentence right before the sum. */
    private static boolean wordBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure,
                                      Set<String> wanted) {
        List<Words.Word> words = context.words();
        int at = context.wordStarts().at(figure.start());
        int first = Math.max(context.wordStarts().at(sentence.start()), at - GOAL_NOUN_REACH);
        for (int i = at - 1; i >= first; i--) {
            if (wanted.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }
}
