package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.text.Words;

/**
 * Kazakh and Uzbek "from X to Y": the two ends carry case endings on their own last words, not a word before them
 * as English "from ... to" and Russian "с ... до" do. The start is in the ablative ("8 foizdan", "10 млн тоннадан",
 * "5%-дан"), the end in the "up to" case ("0,2 foizgacha", "15 миллион тоннагача") or in the dative before "дейін",
 * "qadar" ("20 млн тоннаға дейін"). Static and stateless; {@link FigureMeasures} asks it beside the English and Russian
 * words of a range.
 */
final class TurkicRanges {

    /** Ablative endings, Uzbek (Latin and Cyrillic) and Kazakh, folded. */
    private static final List<String> ABLATIVE = Words.foldAll("dan", "den", "дан", "ден", "тан", "тен", "нан", "нен");
    /** Endings of "up to", Uzbek in both scripts. */
    private static final List<String> UP_TO = Words.foldAll("gacha", "гача", "ғача", "қача");
    /** Words of "up to" after a dative end, Kazakh and Uzbek: "20 млн тоннаға дейін", "5 milliard dollarga qadar". */
    private static final List<String> UP_TO_WORDS = Words.foldAll("дейін", "deyin", "qadar", "қадар");
    /** Dative endings a figure takes before {@link #UP_TO_WORDS}. */
    private static final List<String> DATIVE = Words.foldAll("ga", "ge", "ka", "ke", "га", "ге", "ға", "қа", "ке", "ка");
    /**
     * Verbs of passing a level right after an ablative: "50 foizdan oshdi", "50%-дан асты" (went past 50%). Not "ortiq",
     * "астам" (more than), which a verb of change may still follow ("16 фоиздан ортиқ ўсди": grew by more than 16%).
     */
    private static final List<String> PASSING = Words.foldAll("oshdi", "oshgan", "oshib", "ошди", "ошган", "ошиб",
            "ortdi", "ortgan", "ортди", "ортган", "асты", "асады", "асқан", "асып", "асатын");
    /**
     * Verbs of reaching or growing right after a dative end: "36,2 миллион доллардан 123,1 миллион долларга етди",
     * "2 mlrd dollardan 6 mlrd dollarga yetdi", "2 млрд доллардан 6 млрд долларға өсті" (rose from ... to ...).
     */
    private static final List<String> REACHED = Words.foldAll("етди", "етган", "етиб", "yetdi", "yetgan", "yetib",
            "жетті", "жеткен", "жетіп", "ошди", "ошиб", "oshdi", "oshib", "ўсди", "ўсиб", "o'sdi", "o‘sdi", "o'sib",
            "o‘sib", "өсті", "өсіп", "артты", "артып");

    /** The most chars between the two ends ("8 foizdan 0,2 foizgacha"; an aside may stand between). */
    private static final int GAP = 40;
    /** How far after a figure its ending may be written apart ("5%-дан", "5 % dan"). */
    private static final int ENDING_REACH = 2;

    private TurkicRanges() {
    }

    /** Whether the figure's last word is in the ablative: it may open a Kazakh or Uzbek range. */
    static boolean opens(String text, SurfaceFigure figure) {
        return Words.endsWithAny(ending(text, figure), ABLATIVE);
    }

    /**
     * Whether the figure is in the ablative and a verb of passing follows it: "ulushi 50 foizdan oshdi", "50%-дан
     * асады". The figure is the level passed, not the size of a move, however near a verb of change stands.
     */
    static boolean passed(String text, SurfaceFigure figure) {
        return opens(text, figure) && PASSING.contains(TextWalks.wordAfter(text, endOfEnding(text, figure)));
    }

    /** Whether {@code start} opens and {@code end} closes one Kazakh or Uzbek "from ... to" range. */
    static boolean joins(String text, SurfaceFigure start, SurfaceFigure end) {
        return end.start() >= start.end() && end.start() - start.end() <= GAP && opens(text, start)
                && closes(text, end) && !TextWalks.crossesClause(text, start.end(), end.start())
                && !TextWalks.hasSentenceBreak(text, start.end(), end.start());
    }

    /**
     * Whether {@code start} opens and {@code end} closes a Kazakh or Uzbek "from ... to" whose end is a dative with a
     * verb of reaching or growing after it ("36,2 миллион доллардан 123,1 миллион долларга етди"): the level the
     * change started from and the level it reached. Asked only by the period rules (the ends of a span of years).
     */
    static boolean joinsReached(String text, SurfaceFigure start, SurfaceFigure end) {
        return end.start() >= start.end() && end.start() - start.end() <= GAP && opens(text, start)
                && Words.endsWithAny(ending(text, end), DATIVE)
                && REACHED.contains(TextWalks.wordAfter(text, endOfEnding(text, end)))
                && !TextWalks.crossesClause(text, start.end(), end.start())
                && !TextWalks.hasSentenceBreak(text, start.end(), end.start());
    }

    /** Whether the figure's last word is in the "up to" case, or a dative with "дейін" / "qadar" after it. */
    static boolean closes(String text, SurfaceFigure figure) {
        String last = ending(text, figure);
        if (Words.endsWithAny(last, UP_TO)) {
            return true;
        }
        return Words.endsWithAny(last, DATIVE)
                && UP_TO_WORDS.contains(TextWalks.wordAfter(text, endOfEnding(text, figure)));
    }

    /**
     * The folded last word of the figure ("foizdan", "тоннагача"), or the ending written after its percent sign
     * ("5%-дан", "5% dan"); "" for a figure that ends in a digit.
     */
    private static String ending(String text, SurfaceFigure figure) {
        int end = figure.end();
        if (end > figure.start() && Character.isLetter(text.charAt(end - 1))) {
            int begin = end;
            while (begin > figure.start() && Character.isLetter(text.charAt(begin - 1))) {
                begin--;
            }
            return Words.fold(text.substring(begin, end));
        }
        if (end == figure.start() || text.charAt(end - 1) != '%') {
            return "";
        }
        int at = end;
        while (at < text.length() && at - end < ENDING_REACH && (text.charAt(at) == '-' || text.charAt(at) == ' ')) {
            at++;
        }
        int stop = at;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return Words.fold(text.substring(at, stop));
    }

    /** Where the figure's ending stops: its own end, or the end of the ending written after it. */
    private static int endOfEnding(String text, SurfaceFigure figure) {
        int end = figure.end();
        if (end > figure.start() && Character.isLetter(text.charAt(end - 1))) {
            return end;
        }
        int at = end;
        while (at < text.length() && at - end < ENDING_REACH && (text.charAt(at) == '-' || text.charAt(at) == ' ')) {
            at++;
        }
        while (at < text.length() && Character.isLetter(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
