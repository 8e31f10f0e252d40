package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * The cost of one project that its sentence splits between the sides, naming the share of one of them (a project's
 * worth, then "of which" a smaller sum comes from one side; a Russian cost "стоимостью" some millions with the share of
 * one side in brackets; a total the project "составит", then "из них" the part one side will send): decision 61 of
 * round 38 makes "a project built with both sides' money" a joint project under way, {@code jointprojects.value}, where
 * a project's cost with no investor is {@code other}. The share itself is no such value (the labels keep it
 * {@code other}), so only a sum that a later sum of the same sentence splits, with a country's side named right after
 * that later sum, is read so.
 */
final class SharedProjectCosts {

    /** Word starts of a project, folded: "project", "projet", "проект", "loyiha". */
    private static final List<String> PROJECT_STEMS = Words.foldAll("project", "projet", "проект", "loyiha", "лойиҳа");
    /** Word starts of a side, folded: "side", "сторона" in its cases, "côté", "partie". */
    private static final List<String> SIDE_STEMS = Words.foldAll("side", "сторон", "cote", "partie");
    /** How many words before the cost the project word may stand ("a project worth", "проект стоимостью"). */
    private static final int PROJECT_REACH = 6;
    /** How many words after the share the side may stand ("are funds from the Afghan side"). */
    private static final int SIDE_REACH = 8;

    private SharedProjectCosts() {
    }

    /** Whether a money figure is a project's cost that a later sum of its sentence splits off for one country's side. */
    static boolean costSplitBySides(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!figure.isMoney() || !projectBefore(context, sentence, figure)) {
            return false;
        }
        for (SurfaceFigure share : context.surfaceIn(figure.end(), sentence.end())) {
            if (share.isMoney() && share.value() < figure.value() && sideAfter(context, sentence, share)) {
                return true;
            }
        }
        return false;
    }

    private static boolean projectBefore(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int at = context.wordStarts().at(figure.start());
        for (int i = at - 1; i >= 0 && i >= at - PROJECT_REACH && words.get(i).start() >= sentence.start(); i--) {
            if (Words.startsWithAny(words.get(i).folded(), PROJECT_STEMS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sideAfter(FigureContext context, Sentences.Sentence sentence, SurfaceFigure share) {
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(share.end());
        for (int i = first; i < words.size() && i <= first + SIDE_REACH && words.get(i).end() <= sentence.end(); i++) {
            if (Words.startsWithAny(words.get(i).folded(), SIDE_STEMS)
                    && (countryAround(context, sentence, words, i - 1)
                        || countryAround(context, sentence, words, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code index} lies in a country the sentence names ("Afghan", "афганской", "afghane"). */
    private static boolean countryAround(FigureContext context, Sentences.Sentence sentence, List<Words.Word> words,
                                         int index) {
        if (index < 0 || index >= words.size()) {
            return false;
        }
        Words.Word word = words.get(index);
        for (Mention mention : context.mentionsIn(sentence.start(), sentence.end())) {
            if (mention.kind() == PlaceKind.COUNTRY && mention.start() <= word.start() && word.start() < mention.end()) {
                return true;
            }
        }
        return false;
    }
}
