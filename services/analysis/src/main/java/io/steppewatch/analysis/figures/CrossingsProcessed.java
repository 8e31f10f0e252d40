package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Tonnes a crossing, port or terminal "processed": "Khunjerab Pass has recorded 3,962 travellers and processed 3,036
 * tons of farm products", "the border crossing processed 12,000 tonnes of goods". Decision 56 of round 38 makes the
 * freight a crossing or port handles `cargo.volume`, and decision 68 whatever product it is when the figure's own
 * sentence puts it on a named crossing; "handled" is a cue of the lexicon, "processed" is not, as it is also what a
 * plant does to cotton or meat ("Tajikistan processed 10 thousand tons of raw cotton" stays `other`). So the verb
 * counts only right before the tonnes, with a crossing, port or terminal (a cue of the lexicon, or a named mountain
 * pass: a capitalised name before "Pass") standing before it in the sentence; a passive after the tonnes ("20,000
 * tonnes are processed") is not read. Asked only for an `other` figure in tonnes whose word before is the verb.
 * Static and stateless.
 */
final class CrossingsProcessed {

    private static final Set<String> VERBS = Set.of("processed");
    /** Words of approximation that may stand between the verb and the number ("processed some 3,000 tons"). */
    private static final Set<String> APPROXIMATIONS = Set.copyOf(Words.foldAll("some", "about", "around", "over",
            "nearly", "almost", "roughly", "approximately", "more", "than", "a", "total", "of"));
    /** How many words back from the number the verb may stand. */
    private static final int VERB_REACH = 4;

    private CrossingsProcessed() {
    }

    /** Whether {@code figure}, in tonnes, is what a crossing, port or terminal its sentence names processed. */
    static boolean processedByACrossing(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(figure.start());
        int verb = -1;
        for (int i = first - 1; i >= 0 && i >= first - VERB_REACH && words.get(i).start() >= sentence.start(); i--) {
            String folded = words.get(i).folded();
            if (VERBS.contains(folded)) {
                verb = i;
                break;
            }
            if (!APPROXIMATIONS.contains(folded)) {
                return false;
            }
        }
        if (verb < 0) {
            return false;
        }
        int verbStart = words.get(verb).start();
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (hit.end() <= verbStart && ("border-crossing".equals(hit.value()) || "conduit".equals(hit.value()))) {
                return true;
            }
        }
        for (int i = verb - 1; i > 0 && words.get(i - 1).start() >= sentence.start(); i--) {
            Words.Word word = words.get(i);
            if ("Pass".equals(word.raw()) && Character.isUpperCase(words.get(i - 1).raw().charAt(0))
                    && word.start() - words.get(i - 1).end() <= 2) {
                return true; // "Khunjerab Pass", "Torugart Pass": a named crossing over the mountains
            }
        }
        return false;
    }
}
