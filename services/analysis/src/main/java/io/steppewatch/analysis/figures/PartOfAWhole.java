package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Decision 14 of round 33 by the shape of the sentence rather than its verbs: a length given as a part of a larger
 * length that the same sentence states as a whole is the progress of works on it, or a stretch still disputed, and
 * stays {@code other}; only the whole is the line's or the border's length. The part and the whole are tied in one of
 * two ways:
 * <ul>
 *   <li>the whole follows the part behind a word of "out of": "312 km of road opened out of the 600 km planned", "100 km of the 285-km canal",
 *       "из запланированных 600 километров", "des 836 kilomètres";</li>
 *   <li>the whole comes first, marked as a total or as the frame the part lies within: "of a total length of 111 km
 *       ... a first 52 km", "жами 1000 километрлик ... 300 километри", "within our 105-mile stretch 76 km".</li>
 * </ul>
 * A part placed in a country or territory ("214 km within Turkmenistan", "85 km on Iran's territory",
 * "Uzbekistan (205 km)") is that country's whole section and keeps its metric.
 */
final class PartOfAWhole {

    private PartOfAWhole() {
    }

    private static final double KM_PER_MILE = 1.609344;
    /** Words right before a later whole that make the length before them a part of it: "of", "из", "des". */
    private static final Set<String> OUT_OF = Set.copyOf(Words.foldAll("of", "из", "des"));
    /** Words of a total before (or, "in total", after) an earlier whole. */
    private static final Set<String> TOTAL = Set.copyOf(Words.foldAll("total", "totale", "общей", "общая", "всего",
            "jalpy", "жалпы", "жами", "jami", "umumiy", "умумий"));
    /** Words of a frame before an earlier whole: "within our 105-mile stretch", "в пределах". */
    private static final Set<String> FRAME = Set.copyOf(Words.foldAll("within", "пределах"));
    private static final String OF = Words.fold("of");
    private static final String THE = Words.fold("the");
    /** "in total", "au total". */
    private static final Set<String> IN = Set.copyOf(Words.foldAll("in", "au"));
    /** Small words that may stand between the tying word and the whole: "of the planned", "sur les". */
    private static final int SKIP_WORDS = 2;
    /** Words of a territory after the part: "on Iran's territory", "Иран аумағында". */
    private static final List<String> TERRITORY_STEMS = Words.foldAll("territor", "территор", "аумағ", "aumag",
            "hudud", "ҳудуд", "худуд");
    /** Prepositions of place before a country named after the part: "in Afghanistan", "within Turkmenistan". */
    private static final Set<String> LOCATIVE = Set.copyOf(Words.foldAll("in", "within", "on", "through", "across",
            "в", "на", "по", "dans", "en", "au", "sur"));
    /** How far before the part a country may name it ("Uzbekistan (205 km)"), and after it its territory. */
    private static final int NAMED_BEFORE = 30;
    private static final int NAMED_AFTER = 50;

    /** Whether {@code figure}, a length read as a line's or border's length, is a part of a whole its sentence gives. */
    static boolean partOfAWhole(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        double part = kilometres(figure);
        if (part < 0 || sentence == null) {
            return false;
        }
        List<SurfaceFigure> lengths = context.surfaceIn(sentence.start(), sentence.end());
        if (lengths.size() < 2) {
            return false; // the cheap test first: no other figure in the sentence
        }
        List<Words.Word> words = context.words();
        for (SurfaceFigure whole : lengths) {
            double size = kilometres(whole);
            if (whole == figure || size <= part || whole.start() == figure.start()) {
                continue;
            }
            int at = context.wordStarts().at(whole.start());
            boolean tied = whole.start() > figure.end()
                    ? tiedBefore(words, at, figure.end(), OUT_OF)
                    : totalOrFrame(words, at, whole, context, sentence);
            if (tied && !namedPlace(figure, whole, context, sentence)) {
                return true;
            }
        }
        return false;
    }

    private static double kilometres(SurfaceFigure figure) {
        return switch (figure.unit()) {
            case "km" -> figure.value();
            case "mi" -> figure.value() * KM_PER_MILE;
            default -> -1;
        };
    }

    /** Whether one of {@code ties} stands before word {@code at}, past at most two small words, after {@code from}. */
    private static boolean tiedBefore(List<Words.Word> words, int at, int from, Set<String> ties) {
        for (int i = at - 1; i >= 0 && i >= at - 1 - SKIP_WORDS; i--) {
            Words.Word word = words.get(i);
            if (word.start() < from) {
                return false;
            }
            if (ties.contains(word.folded())) {
                // "of" ties only as "of the" ("out of the 410 km"): "a section of 280 km" names a length
                return !OF.equals(word.folded()) || (i + 1 < at && THE.equals(words.get(i + 1).folded()));
            }
        }
        return false;
    }

    /** An earlier whole said as a total ("total length of", "in total") or as a frame ("within our"). */
    private static boolean totalOrFrame(List<Words.Word> words, int at, SurfaceFigure whole, FigureContext context,
                                        Sentences.Sentence sentence) {
        if (tiedBefore(words, at, sentence.start(), FRAME)) {
            return true;
        }
        for (int i = at - 1; i >= 0 && i >= at - 4; i--) {
            Words.Word word = words.get(i);
            if (word.start() < sentence.start()) {
                break;
            }
            if (TOTAL.contains(word.folded())) {
                return true;
            }
        }
        int after = context.wordStarts().at(whole.end());
        return after + 1 < words.size() && words.get(after + 1).start() < sentence.end()
                && IN.contains(words.get(after).folded())
                && TOTAL.contains(words.get(after + 1).folded());
    }

    /** Whether a country or territory names the part: right before it, or placed after it by a preposition. */
    private static boolean namedPlace(SurfaceFigure figure, SurfaceFigure whole, FigureContext context,
                                      Sentences.Sentence sentence) {
        int from = Math.max(sentence.start(), figure.start() - NAMED_BEFORE);
        if (whole.end() <= figure.start()) {
            from = Math.max(from, whole.end());
        }
        if (!context.mentionsIn(from, figure.start()).isEmpty()) {
            return true;
        }
        int to = Math.min(sentence.end(), figure.end() + NAMED_AFTER);
        if (whole.start() > figure.end()) {
            to = Math.min(to, whole.start());
        }
        List<Words.Word> words = context.words();
        for (int i = context.wordStarts().at(figure.end()); i < words.size() && words.get(i).start() < to; i++) {
            if (Words.startsWithAny(words.get(i).folded(), TERRITORY_STEMS)) {
                return true;
            }
        }
        for (Mention mention : context.mentionsIn(figure.end(), to)) {
            String before = TextWalks.wordBefore(context.text(), mention.start());
            if (LOCATIVE.contains(before)) {
                return true;
            }
        }
        return false;
    }
}
