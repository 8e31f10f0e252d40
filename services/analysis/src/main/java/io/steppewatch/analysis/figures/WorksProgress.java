package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Decision 14 of round 33: kilometres the works on a line have reached so far, or that are added to them, are the
 * progress of the works (`km` `other`), not the length of the line; what tells them from a whole line or section is
 * the text's relation of the kilometres to the line, not the verb. The relations read here, each with the length said
 * as a noun:
 * <ul>
 *   <li>the extent of works done: "работы выполнены на 13 километрах", "укладка произведена на протяжении 9 км", "the
 *       contractor has finished the work on the embankment for 12 km";</li>
 *   <li>one more stretch beside another: "another 40 kilometers are under construction", and the stretch the sentence
 *       sets "another" one beside ("8 kilometers of the pipeline are ready, with another 40 kilometers under
 *       construction");</li>
 *   <li>a part of the line, "of the" line, said already built or completed: "300 kilometers of the new track have
 *       already been built";</li>
 *   <li>a part of a total length the sentence gives before it, said built or completed: "Of the total length of 80
 *       kilometers, 25 kilometers were completed";</li>
 *   <li>a part opened by "of which" that its clause says is "already" reached, whatever the verb: "из которых 40
 *       километров уже сданы" (round 41);</li>
 *   <li>a fraction of the line restated in kilometres after a dash: "done on about a third of the line - 95 km"
 *       (round 41).</li>
 * </ul>
 * A stretch named by the country or territory it lies in ("214 kilometers within Turkmenistan have been completed":
 * that country's whole section) stays the section's length in the last two readings.
 */
final class WorksProgress {

    private WorksProgress() {
    }

    /** Prepositions of extent right before the length: "на", "на протяжении", "for", "sur". */
    private static final Set<String> EXTENT = Set.copyOf(Words.foldAll("на", "протяжении", "for", "sur"));
    /** Words of works done, before the extent in its clause: "работы", "выполнены", "укладка", "the work on laying". */
    private static final List<String> WORKS_DONE_STEMS = Words.foldAll("работ", "выполнен", "произведен", "проведен",
            "укладк", "монтаж", "work", "laying", "travaux", "realise", "effectue");
    /** "another 40 kilometers", "ещё 40 километров". */
    private static final Set<String> ANOTHER = Set.copyOf(Words.foldAll("another", "ещё", "еще"));
    /** Verbs that say a stretch is done: "have been built", "were completed", "построены". */
    private static final List<String> DONE_STEMS = Words.foldAll("built", "complet", "construct", "laid", "paved",
            "построен", "заверш", "уложен", "construit", "acheve", "termine");
    /** "already", "уже", "déjà". */
    private static final Set<String> ALREADY = Set.copyOf(Words.foldAll("already", "уже", "deja"));
    /** Words of the whole length: "of the total length", "общей протяженностью", "longueur totale". */
    private static final List<String> TOTAL_STEMS = Words.foldAll("total", "общ", "totale");
    private static final List<String> LENGTH_STEMS = Words.foldAll("length", "протяженн", "longueur");
    /** Words that name the territory a stretch lies in, making it that territory's whole section. */
    private static final Set<String> WITHIN = Set.copyOf(Words.foldAll("within", "пределах", "dans"));
    /** "of which", "из которых", "dont": the words that open a part of the whole named before. */
    private static final List<List<String>> OF_WHICH = List.of(Words.foldAll("of", "which"),
            Words.foldAll("из", "которых"), Words.foldAll("dont"));
    /** Words of degree that may stand between "of which" and the length: "из которых более 100 километров". */
    private static final Set<String> HEDGES = Set.copyOf(Words.foldAll("более", "около", "свыше", "почти", "over",
            "about", "nearly", "almost", "some", "more", "than", "plus", "de", "pres", "environ"));
    /**
     * A fraction of the line named right before a dash and the length: "on a third of the line - 95 km",
     * "на половине участка – 60 км". Only fractions: "the Kazakh part of the route - 300 km" and "the third section -
     * 50 km" name whole sections.
     */
    private static final Pattern FRACTION_DASH = Pattern.compile(
            "(?:(?:half|third|quarter)\\s+of(?:\\s+the)?|(?:moitié|tiers)\\s+(?:de\\s+la|du|de|des)|половин\\S*)"
                    + "\\s+\\S+\\s*[-–—]\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before the length the fraction may stand. */
    private static final int FRACTION_REACH = 40;
    /** How many words a clause may run before the length for the works or the total to speak of it. */
    private static final int REACH_WORDS = 12;

    /** Whether a length figure (said as a noun) is a stretch the works have reached or add (see the class comment). */
    static boolean partReached(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence,
                               boolean border) {
        if (sentence == null) {
            return false;
        }
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(figure.start());
        if (border) {
            // a stretch of a border agreed or still disputed ("agreed on another 24 km of the border") is read, and
            // dated, by FigureAnnotator's delimitation rules; only works done on a line along it are read here
            return extentOfWorks(words, first, figure, context, sentence);
        }
        return extentOfWorks(words, first, figure, context, sentence)
                || afterAnother(words, first, figure, context)
                || besideAnother(figure, context, sentence)
                || (ofTheLine(context.text(), figure) && doneAfter(words, figure, context, sentence, true))
                || (ofWhichBefore(words, first, sentence) && alreadyAfter(words, figure, context, sentence))
                || fractionRestated(context.text(), figure, sentence)
                || (totalBefore(words, first, figure, context, sentence)
                    && doneAfter(words, figure, context, sentence, false));
    }

    private static boolean extentOfWorks(List<Words.Word> words, int first, SurfaceFigure figure,
                                         FigureContext context, Sentences.Sentence sentence) {
        int before = first - 1;
        if (before < 0 || words.get(before).start() < sentence.start()
                || !EXTENT.contains(words.get(before).folded())) {
            return false;
        }
        return TextWalks.inClauseBefore(words, before, Math.max(0, before - REACH_WORDS), figure.start(),
                context.text(), folded -> Words.startsWithAny(folded, WORKS_DONE_STEMS));
    }

    private static boolean afterAnother(List<Words.Word> words, int first, SurfaceFigure figure,
                                        FigureContext context) {
        if (first < words.size() && words.get(first).start() < figure.numberEnd()
                && ANOTHER.contains(words.get(first).folded())) {
            return true; // the figure's own span opens with the word
        }
        return first > 0 && ANOTHER.contains(words.get(first - 1).folded())
                && !TextWalks.crossesClause(context.text(), words.get(first - 1).end(), figure.start());
    }

    private static boolean besideAnother(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.words();
        for (SurfaceFigure later : context.surfaceIn(figure.end(), sentence.end())) {
            if (later.unit().equals(figure.unit())
                    && afterAnother(words, context.wordStarts().at(later.start()), later, context)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of a stretch done follows the length in its clause; with {@code already}, only after "already"
     * ("have already been built": the progress so far on a line still under works, where "In 2014, 48 km of the
     * railway were built" tells a year's building).
     */
    private static boolean doneAfter(List<Words.Word> words, SurfaceFigure figure, FigureContext context,
                                     Sentences.Sentence sentence, boolean already) {
        String text = context.text();
        boolean said = !already;
        for (int i = context.wordStarts().at(figure.end()); i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= sentence.end() || TextWalks.crossesClause(text, figure.end(), word.start())) {
                return false;
            }
            if (WITHIN.contains(word.folded())) {
                return false; // "214 kilometers within Turkmenistan have been completed": that country's section
            }
            said |= ALREADY.contains(word.folded());
            if (said && Words.startsWithAny(word.folded(), DONE_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words right before the length (past words of degree) are "of which", "из которых", "dont". */
    private static boolean ofWhichBefore(List<Words.Word> words, int first, Sentences.Sentence sentence) {
        while (first > 0 && words.get(first - 1).start() >= sentence.start()
                && HEDGES.contains(words.get(first - 1).folded())) {
            first--;
        }
        for (List<String> phrase : OF_WHICH) {
            int from = first - phrase.size();
            if (from < 0 || words.get(from).start() < sentence.start()) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < phrase.size() && same; i++) {
                same = words.get(from + i).folded().equals(phrase.get(i));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    /**
     * "из которых 40 километров уже сданы": "already" after the part in its clause says the works
     * have reached it, whatever the verb; not a stretch named by its territory ("within Turkmenistan").
     */
    private static boolean alreadyAfter(List<Words.Word> words, SurfaceFigure figure, FigureContext context,
                                        Sentences.Sentence sentence) {
        for (int i = context.wordStarts().at(figure.end()); i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= sentence.end() || TextWalks.crossesClause(context.text(), figure.end(), word.start())
                    || WITHIN.contains(word.folded())) {
                return false;
            }
            if (ALREADY.contains(word.folded())) {
                return true;
            }
        }
        return false;
    }

    /** "rails are down on about a third of the line - 95 km": the fraction restated in km. */
    private static boolean fractionRestated(String text, SurfaceFigure figure, Sentences.Sentence sentence) {
        int from = Math.max(sentence.start(), figure.start() - FRACTION_REACH);
        return FRACTION_DASH.matcher(text.substring(from, figure.start())).find();
    }

    /** "300 kilometers of the new track": the length a part of the line named after it. */
    private static boolean ofTheLine(String text, SurfaceFigure figure) {
        int at = figure.end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return text.regionMatches(true, at, "of the ", 0, "of the ".length());
    }

    /** Whether the clause before the length, past a length figure, opens with the words of a total length. */
    private static boolean totalBefore(List<Words.Word> words, int first, SurfaceFigure figure, FigureContext context,
                                       Sentences.Sentence sentence) {
        boolean total = false;
        boolean length = false;
        for (int i = context.wordStarts().at(sentence.start()); i < first && i < words.size(); i++) {
            String folded = words.get(i).folded();
            total |= Words.startsWithAny(folded, TOTAL_STEMS);
            length |= total && Words.startsWithAny(folded, LENGTH_STEMS);
        }
        if (!length) {
            return false;
        }
        for (SurfaceFigure whole : context.surfaceIn(sentence.start(), figure.start())) {
            if (whole.unit().equals(figure.unit())) {
                return true;
            }
        }
        return false;
    }
}
