package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Pattern;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;

/**
 * The capacity of a facility still to be built: a sentence on the construction of a line followed by "with a capacity
 * of" and the figure (say, a new gas line of 12 bcm a year), a need "to build" a terminal of some size, a condition
 * "once completed" before what a route should handle, a Russian "после завершения строительства" before the capacity it
 * will give, a French line "loin d'être achevé" meant "à terme" to carry a volume. What a line, port or terminal will
 * carry once built is a capacity to come, `target` (LABEL-FIXES, "A facility's capacity once built" and decision 46's
 * `cargo.capacity` "`target` when still to come"), even where the sentence has no word of aim or of the future that
 * {@link FigureMeasures} reads. A sentence that says the works are over ("construction ... completed", "commissioned",
 * "mis en service", "введен в эксплуатацию") keeps its capacities `amount`.
 */
final class CapacityToCome {

    private CapacityToCome() {
    }

    /** Words of a facility being or to be built, on folded text; every match holds one of the keys. */
    private static final SentenceGate TO_BE_BUILT = SentenceGate.onFolded(Pattern.compile(
            "\\bconstruct(?:ion|ing)\\b|\\bto\\s+build\\b|\\bonce\\s+(?:completed|built|finished)\\b|\\bupon\\s+completion\\b"
                    + "|\\bimplementation\\s+of\\s+the\\b[^.]{0,60}\\bproject\\b"
                    + "|\\ben\\s+construisant\\b|\\bloin\\s+d.?etre\\s+(?:acheve|termine)|\\ba\\s+terme\\b"
                    + "|\\bune\\s+fois\\s+(?:acheve|termine|construit)"
                    + "|строительств|построить|сооружени|после\\s+(?:полного\\s+)?завершени"),
            List.of("construct", "build", "once", "upon", "implementation", "construis", "etre", "a terme", "une fois",
                    "строительств", "построить", "сооружени", "завершени"));
    /** Words that say the works are over or the facility runs; "once completed" is a condition, not a completion. */
    private static final SentenceGate BUILT = SentenceGate.onFolded(Pattern.compile(
            "(?<!once )(?<!be )\\b(?:completed|commissioned|inaugurated|put\\s+into\\s+(?:operation|service)"
                    + "|began\\s+operat\\w*|mis\\s+en\\s+service|inaugure\\w*|введен\\w*\\s+в\\s+эксплуатаци\\w*"
                    + "|сдан\\w*\\s+в\\s+эксплуатаци\\w*)"),
            List.of("completed", "commissioned", "inaugur", "put into", "began operat", "mis en service", "введен", "сдан"));

    /** A level right after the figure that closes its range: "de 15 000 EVP à 90 000", "from 6 to 10". */
    private static final Pattern RANGE_CLOSED_AFTER = Pattern.compile(
            "^\\s*(?:\\p{L}+\\s+){0,2}(?:to|à|a|до)\\s+\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A level right before the figure that opens its range: the figure closes "de 15 000 EVP à 90 000". */
    private static final Pattern RANGE_OPENED_BEFORE = Pattern.compile(
            "\\d\\s*(?:\\p{L}+\\s+){0,2}(?:to|à|a|до)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int RANGE_REACH = 30;

    /**
     * Whether an `amount` of `cargo.capacity` is the capacity of a facility still to be built (see the class comment);
     * the start of a range ("from 40,000 TEU to 215,000") is the capacity the facility has now, and the two ends of a
     * range share one measure (FigureAnnotator), so neither end is read here.
     */
    static boolean toCome(Measure measure, String metric, SurfaceFigure figure, FigureContext context,
                          Sentences.Sentence sentence) {
        if (measure != Measure.AMOUNT || !"cargo.capacity".equals(metric) || !context.sentenceFinds(TO_BE_BUILT, sentence)
                || context.sentenceFinds(BUILT, sentence) || FigureMeasures.opensRange(context, sentence, figure)) {
            return false;
        }
        String text = context.text();
        return !RANGE_CLOSED_AFTER.matcher(text.substring(figure.end(), Math.min(text.length(), figure.end() + RANGE_REACH)))
                .find() && !RANGE_OPENED_BEFORE.matcher(text.substring(Math.max(0, figure.start() - RANGE_REACH),
                figure.start())).find();
    }
}
