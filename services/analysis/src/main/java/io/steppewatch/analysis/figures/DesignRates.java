package io.steppewatch.analysis.figures;

import java.util.List;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * What a line, port or terminal is built to carry each year is its capacity, not freight it carried: a yearly rate of
 * freight whose clause opens with a verb of design or of what the work allows ("is designed to carry 20 million tonnes
 * of oil a year", "est conçu pour transporter ... par an", "letting the terminal handle 2 million
 * tons a year", "позволит перевозить ... в год"). LABEL-FIXES "Capacity and volume" gives the design figure a finished
 * facility will allow to {@code cargo.capacity}; the carriage verb after the frame ("transporter", "handling") names
 * the freight, the frame says it is an ability. A rate with no such frame ("the port handled 4 million tonnes a year")
 * stays freight carried.
 */
final class DesignRates {

    private DesignRates() {
    }

    /**
     * Folded frames of design or permission, matched as whole words (a trailing * marks a stem). The frame must stand
     * before the figure in its clause, within {@link #FRAME_REACH} characters.
     */
    private static final List<String> FRAMES = Words.foldAll("designed to", "designed for", "built to", "intended to",
            "allowing", "allow", "allows", "will allow", "enabling", "enable", "enables", "ensuring", "will ensure",
            "conçu pour", "conçue pour", "conçus pour", "prévu pour", "prévue pour", "permettant de", "permettra de",
            "permettre de", "permettront de", "позволит", "позволяющ*", "позволя*", "рассчитан*", "предназначен*",
            "обеспечит", "обеспечивающ*");
    /**
     * Folded stems of growth or of a flow's size: a frame that governs one of them before the figure ("позволит увеличить
     * объем перевозок до 20 млн тонн в год", "will allow the volume to grow to") states a goal for the flow, which
     * LABEL-FIXES keeps {@code cargo.volume}, not an ability.
     */
    private static final List<String> GROWTH_STEMS = Words.foldAll("increas", "rais", "boost", "grow", "expand",
            "doubl", "augment", "accroi", "porter", "volume", "flow", "flux", "увелич", "нарасти", "довест", "довед",
            "рост", "объем", "объём", "поток");
    /** How far before the figure a frame is read as governing it (characters). */
    private static final int FRAME_REACH = 90;

    /** Whether a freight figure in tonnes or cubic metres is a yearly rate that a frame of design governs. */
    static boolean designedYearly(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null || !("t".equals(figure.unit()) || "m3".equals(figure.unit()))) {
            return false;
        }
        String text = context.text();
        String after = Words.fold(text.substring(figure.end(),
                Math.min(sentence.end(), figure.end() + FigureAnnotator.RATE_REACH)));
        boolean yearly = false;
        for (String rate : FigureAnnotator.YEARLY) {
            yearly |= after.contains(rate);
        }
        if (!yearly) {
            return false;
        }
        int from = Math.max(sentence.start(), figure.start() - FRAME_REACH);
        String before = Words.fold(text.substring(from, figure.start()));
        for (String frame : FRAMES) {
            int at = frameAt(before, frame);
            if (at >= 0 && !TextWalks.crossesClause(text, from + at + frame.length(), figure.start())) {
                return !namesGrowth(before.substring(at + frame.length()));
            }
        }
        return false;
    }

    /** Whether a word of the folded words between a frame and its figure opens with a stem of growth or flow. */
    private static boolean namesGrowth(String between) {
        for (String word : between.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && Words.startsWithAny(word, GROWTH_STEMS)) {
                return true;
            }
        }
        return false;
    }

    /** Where the last whole-word occurrence of a frame (a trailing * for a stem) starts in {@code folded}, or -1. */
    private static int frameAt(String folded, String frame) {
        boolean stem = frame.endsWith("*");
        String body = stem ? frame.substring(0, frame.length() - 1) : frame;
        for (int at = folded.lastIndexOf(body); at >= 0; at = folded.lastIndexOf(body, at - 1)) {
            int end = at + body.length();
            boolean startOk = at == 0 || !Character.isLetter(folded.charAt(at - 1));
            boolean endOk = stem || end == folded.length() || !Character.isLetter(folded.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            if (at == 0) {
                break;
            }
        }
        return -1;
    }
}
