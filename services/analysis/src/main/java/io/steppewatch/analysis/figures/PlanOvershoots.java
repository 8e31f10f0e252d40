package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * How far a level lies above a plan, target or quota: "20% above the planned figure", "exceeded the target by 9%",
 * "план будет перевыполнен на один миллион тонн", "жоспардан 6,8% артуы", "deux milliards de plus que l'objectif".
 * Decision 69 of round 39: such a gap measures the plan's outcome, not how the freight or trade moved, so it is `other`
 * (its measure, parties and period stay as read); the level reached and the plan's own level keep their metric.
 */
final class PlanOvershoots {

    /** Beginnings of words that say a plan was beaten, standing before the gap ("перевыполнен на", "жоспардан"). */
    private static final List<String> OVERSHOT_BEFORE = List.copyOf(Words.foldAll("перевыполн", "жоспардан",
            "rejadan", "режадан"));
    /** Beginnings of verbs of exceeding, which need a plan word beside them ("exceeded the target by 9%"). */
    private static final List<String> EXCEED = List.copyOf(Words.foldAll("exceed", "surpass", "dépass", "depass",
            "превыс", "превыш"));
    /** Words of a plan, target or quota. */
    private static final Set<String> PLAN_WORDS = Set.copyOf(Words.foldAll("plan", "planned", "target", "targets",
            "quota", "goal", "objectif", "prévu", "prévisions", "плана", "план", "планового", "плановый", "квоты",
            "квоту", "жоспар", "жоспардың", "reja"));
    private static final List<String> PLANNED_STEMS = List.of("planned", "prévu");
    /** Words between the gap and its plan after it ("20% above the planned figure", "de plus que l'objectif"). */
    private static final Set<String> ABOVE = Set.copyOf(Words.foldAll("above", "over", "beyond", "plus", "сверх",
            "au-dessus", "dessus"));
    private static final Set<String> LINKS = Set.copyOf(Words.foldAll("the", "its", "de", "que", "l", "la", "le",
            "du", "des", "of"));
    /** The word right before a gap that a verb of exceeding measures ("by 9%", "на 9%", "de 9 %"). */
    private static final Set<String> BY = Set.copyOf(Words.foldAll("by", "на", "de"));
    /** How many words before the gap a word of overshooting may stand. */
    private static final int BEFORE_REACH = 8;
    /** How many words after the gap the plan may stand ("above the planned figure"). */
    private static final int AFTER_REACH = 5;

    private PlanOvershoots() {
    }

    /** Whether {@code figure} is the gap between a level and the plan, target or quota it beat. */
    static boolean overPlan(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        String text = context.text();
        int first = context.wordStarts().at(figure.start());
        boolean exceeded = false;
        boolean plan = false;
        for (int i = first - 1; i >= 0 && i >= first - BEFORE_REACH; i--) {
            Words.Word word = words.get(i);
            if (word.start() < sentence.start() || TextWalks.crossesClause(text, word.end(), figure.start(), true)) {
                break;
            }
            String folded = word.folded();
            if (Words.startsWithAny(folded, OVERSHOT_BEFORE)) {
                return true;
            }
            exceeded |= Words.startsWithAny(folded, EXCEED);
            plan |= PLAN_WORDS.contains(folded);
        }
        if (exceeded && plan && first > 0 && BY.contains(words.get(first - 1).folded())) {
            return true; // "exceeded the target ... by 9%", not "the plan is to exceed 20 million tonnes"
        }
        int after = context.wordStarts().at(figure.end());
        boolean above = false;
        for (int i = after; i < words.size() && i < after + AFTER_REACH; i++) {
            Words.Word word = words.get(i);
            if (word.end() > sentence.end() || TextWalks.crossesClause(text, figure.end(), word.start(), true)) {
                return false;
            }
            String folded = word.folded();
            if (ABOVE.contains(folded)) {
                above = true;
            } else if (above && (PLAN_WORDS.contains(folded) || Words.startsWithAny(folded, PLANNED_STEMS))) {
                return true;
            } else if (!LINKS.contains(folded) && !(above && "planned".equals(folded))) {
                if (above) {
                    return false;
                }
            }
        }
        return false;
    }
}
