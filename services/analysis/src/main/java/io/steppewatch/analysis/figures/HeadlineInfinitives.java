package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * English headlines write the future as a bare infinitive after the subject: "Two neighbours' trade to pass
 * $1 billion next year", "a port's capacity to be raised to 3 million TEU", "one state to pay another $100M for a
 * lease". Such a headline states a level to come, a goal or a forecast (the standard's
 * `target`), whatever the verb, where the body says "will exceed", "will be increased". The cue lexicon lists "to" with
 * a few verbs of aim only ("to reach"), as a body's "to" + verb is most often a purpose or the object of another verb.
 *
 * <p>Only a headline, and one that ends with no full stop (a title line that is a whole sentence, the body's first
 * paragraph, is written as a body is). Only a "to" that opens a verb: not one of a destination (a place the text names, "exports
 * to China"), a number ("up to 5 million tons", "from 2 to 3"), a determiner ("to the port"), nor the "to" of a
 * preposition ("according to", "due to") or of a past ability ("managed to"). Stateless.
 */
final class HeadlineInfinitives {

    /** Words after "to" that open a noun phrase, not a verb. */
    private static final Set<String> NOUN_OPENERS = WordSet.of("the", "a", "an", "its", "their", "his", "her", "this",
            "that", "these", "those", "some", "all", "about", "over", "around", "nearly", "almost", "more", "less");
    /** Words before "to" that make it a preposition, or the past of an ability, not the headline's future. */
    private static final Set<String> NOT_A_FUTURE_BEFORE = WordSet.of("according", "due", "owing", "thanks", "close",
            "next", "prior", "compared", "contrary", "up", "equal", "similar", "relative", "addition", "respect",
            "regard", "from", "managed", "succeeded", "able", "went", "came", "returned", "back");

    private HeadlineInfinitives() {
    }

    /**
     * Whether {@code figure}, in a headline (the context's whole text), stands after the headline's verb in the
     * infinitive ("X to exceed ...").
     */
    static boolean future(FigureContext context, SurfaceFigure figure) {
        String text = context.text();
        if (endsWithStop(text)) {
            return false;
        }
        List<Words.Word> words = context.words();
        int last = context.wordStarts().at(figure.start());
        for (int k = 0; k + 1 < last; k++) {
            if (!"to".equals(words.get(k).folded())) {
                continue;
            }
            Words.Word verb = words.get(k + 1);
            if (!letters(verb.raw()) || NOUN_OPENERS.contains(verb.folded())
                    || (k > 0 && NOT_A_FUTURE_BEFORE.contains(words.get(k - 1).folded()))
                    || !context.mentionsIn(verb.start(), verb.end()).isEmpty()) {
                continue;
            }
            if (!TextWalks.crossesClause(text, verb.end(), figure.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithStop(String text) {
        int i = text.length() - 1;
        while (i > 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return text.charAt(i) == '.';
    }

    private static boolean letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }
}
