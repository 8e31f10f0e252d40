package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A number set against a figure just before it takes that figure's unit: "200 trains in 2024, compared to 11 in
 * 2023", "59,9 % du commerce, contre 57,2 en 2023", "974 000 tonnes, contre 56 000 précédemment". The writer names
 * the unit once; without it the second number is bare and dropped (or a fraction, which is no count at all).
 */
final class Comparisons {

    /** The words that set a number against the one before it, folded and lower-cased, as they end the gap. */
    private static final List<String> CUES = List.of("compared to", "compared with", "against", "versus", "vs.", "vs",
            "contre", "против", "по сравнению с", "en comparaison de", "par rapport à",
            // a substitution sets the number it replaces against the one it names: "1,800 soldiers, instead of 1,000"
            "instead of", "вместо", "au lieu de");
    /** Words of substitution written before the first of two numbers: "вместо" N trains a day ... about M. */
    private static final List<String> SUBSTITUTIONS = List.of("вместо", "instead of", "au lieu de");
    /** Words that set a clause against the one before: N cases this year, "тогда как" M the year before. */
    private static final List<String> WHEREAS = List.of("тогда как", "в то время как", "whereas", "alors que",
            "tandis que");
    /** Words that restrict the number after a comparison word, between the two: "contre seulement 6", "вместо всего 7". */
    private static final List<String> RESTRICTING = List.of("seulement", "only", "just", "только", "лишь", "всего");
    /** How far the figure compared with may stand before the cue: the same clause, a few words. */
    private static final int MAX_GAP = 60;

    private Comparisons() {
    }

    /** Whether a comparison word ends right before {@code start}: "contre 57,2", "compared to 11". */
    static boolean follows(String text, int start) {
        return cueEndingAt(text, start) >= 0;
    }

    /**
     * The figures, each bare number right after a comparison word given the unit (and counted noun) of the figure
     * before it in the same clause; a bare fraction after a comparison word that gets no unit is dropped.
     */
    static List<SurfaceFigure> completed(String text, List<SurfaceFigure> figures, List<NumberScanner.Token> tokens) {
        List<SurfaceFigure> out = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            if (!bare(figure)) {
                SurfaceFigure contrasted = figure.implicit() && !figure.spelled() && i > 0
                        ? contrastedWith(text, figures.get(i - 1), figure, tokens) : null;
                out.add(contrasted == null ? figure : new SurfaceFigure(figure.start(), figure.end(), figure.value(),
                        contrasted.unit(), figure.numberEnd(), contrasted.noun(), false, false));
                continue;
            }
            SurfaceFigure compared = i > 0 ? comparedWith(text, figures.get(i - 1), figure, tokens) : null;
            if (compared == null && i > 0) {
                compared = contrastedWith(text, figures.get(i - 1), figure, tokens);
            }
            if (compared != null) {
                out.add(new SurfaceFigure(figure.start(), figure.end(), figure.value(), compared.unit(),
                        figure.numberEnd(), compared.noun(), false, false));
            } else if (figure.value() == Math.rint(figure.value()) || !follows(text, figure.start())) {
                out.add(figure);
            }
        }
        return out;
    }

    private static boolean bare(SurfaceFigure figure) {
        return "count".equals(figure.unit()) && figure.noun() == null && !figure.spelled() && !figure.implicit();
    }

    /** The figure before, when a comparison word alone (and a few words before it) stands between; else null. */
    private static SurfaceFigure comparedWith(String text, SurfaceFigure before, SurfaceFigure figure,
                                              List<NumberScanner.Token> tokens) {
        int cueStart = cueEndingAt(text, figure.start());
        if (cueStart < 0 || before.end() > cueStart || cueStart - before.end() > MAX_GAP || bare(before)
                || before.implicit() || before.spelled() || "rank".equals(before.unit())) {
            return null;
        }
        String gap = text.substring(before.end(), cueStart);
        if (gap.indexOf('.') >= 0 || gap.indexOf('\n') >= 0 || gap.indexOf(';') >= 0) {
            return null;
        }
        // The figure before must be written without a scale word: "$5 billion against 3.2" leaves open whether 3.2 is
        // billions, and its own number is then not its value.
        for (NumberScanner.Token t : tokens) {
            if (t.end() == before.numberEnd()) {
                return t.value() == before.value() ? before : null;
            }
        }
        return null;
    }

    /**
     * The figure before, when the two are set against each other across a few words of one clause: the first one
     * replaced ("вместо" N тонн, a verb, then "около" M; "instead of" N flights, then about M) or a "whereas" between
     * them (N incidents, "тогда как" a year before there were M). The second number leaves out the first one's unit or
     * noun, and its scale word, if any, is the first one's. Else null.
     */
    private static SurfaceFigure contrastedWith(String text, SurfaceFigure before, SurfaceFigure figure,
                                                List<NumberScanner.Token> tokens) {
        if (before.end() > figure.start() || figure.start() - before.end() > MAX_GAP || bare(before)
                || before.implicit() || before.spelled() || "rank".equals(before.unit()) || before.isMoney()) {
            return null;
        }
        String gap = text.substring(before.end(), figure.start());
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == '.' || c == '\n' || c == ';' || Character.isDigit(c)) {
                return null;
            }
        }
        String lower = gap.toLowerCase(Locale.ROOT);
        boolean whereas = WHEREAS.stream().anyMatch(lower::contains);
        if (!whereas && !replaced(text, before.start())) {
            return null;
        }
        if (figure.implicit()) {
            return sameScaleWord(text, before, figure) ? before : null; // N тысяч тонн ... M тысяч
        }
        for (NumberScanner.Token t : tokens) {
            if (t.end() == before.numberEnd()) {
                return t.value() == before.value() ? before : null; // no scale word before a bare number
            }
        }
        return null;
    }

    /** Whether a word of substitution ("вместо", "instead of", "au lieu de") ends right before {@code start}. */
    private static boolean replaced(String text, int start) {
        int end = start;
        while (end > 0 && NumberScanner.isSpace(text.charAt(end - 1))) {
            end--;
        }
        String before = text.substring(Math.max(0, end - 12), end).toLowerCase(Locale.ROOT);
        for (String cue : SUBSTITUTIONS) {
            int cueStart = end - cue.length();
            if (end < start && before.endsWith(cue) && (cueStart == 0 || !Character.isLetter(text.charAt(cueStart - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word after each figure's number is the same (its scale word): N тысяч тонн, then M тысяч. */
    private static boolean sameScaleWord(String text, SurfaceFigure before, SurfaceFigure figure) {
        String mine = Traps.wordAfter(text, figure.numberEnd());
        return mine != null && mine.equals(Traps.wordAfter(text, before.numberEnd()));
    }

    /** Where a restricting word that ends at {@code end} begins, spaces before it aside; else {@code end}. */
    private static int beforeRestricting(String text, int end) {
        String before = text.substring(Math.max(0, end - 10), end).toLowerCase(Locale.ROOT);
        for (String word : RESTRICTING) {
            int wordStart = end - word.length();
            if (before.endsWith(word) && wordStart > 0 && NumberScanner.isSpace(text.charAt(wordStart - 1))) {
                int at = wordStart;
                while (at > 0 && NumberScanner.isSpace(text.charAt(at - 1))) {
                    at--;
                }
                return at;
            }
        }
        return end;
    }

    /** Where the comparison word that ends (spaces aside) at {@code start} begins, else -1. */
    private static int cueEndingAt(String text, int start) {
        int end = start;
        while (end > 0 && NumberScanner.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return -1;
        }
        end = beforeRestricting(text, end);
        String before = text.substring(Math.max(0, end - 20), end).toLowerCase(Locale.ROOT);
        for (String cue : CUES) {
            if (before.endsWith(cue)) {
                int cueStart = end - cue.length();
                if (cueStart == 0 || !Character.isLetter(text.charAt(cueStart - 1))) {
                    return cueStart;
                }
            }
        }
        return -1;
    }
}
