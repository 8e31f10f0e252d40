package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * One amount written in two parts, each with its own scale word: "1 billion 86 million USD", "$2 млрд. 842 млн",
 * "3 миллиарда 200 миллионов долларов". Read part by part, it would give two figures, neither of them the amount
 * the writer meant; joined, it is one figure whose unit is the one either part states.
 */
final class SplitAmounts {

    /** At most a dot or a comma and spaces between the two parts. */
    private static final int MAX_GAP = 3;

    private SplitAmounts() {
    }

    static List<SurfaceFigure> joined(String text, List<SurfaceFigure> figures, List<NumberScanner.Token> tokens) {
        if (figures.size() < 2) {
            return figures;
        }
        List<SurfaceFigure> out = new ArrayList<>(figures.size());
        int i = 0;
        while (i < figures.size()) {
            SurfaceFigure first = figures.get(i);
            if (i + 1 < figures.size()) {
                SurfaceFigure joined = join(text, first, figures.get(i + 1), tokens);
                if (joined != null) {
                    out.add(joined);
                    i += 2;
                    continue;
                }
            }
            out.add(first);
            i++;
        }
        return out;
    }

    private static SurfaceFigure join(String text, SurfaceFigure first, SurfaceFigure second,
                                      List<NumberScanner.Token> tokens) {
        if (first.spelled() || second.spelled() || second.start() < first.end()
                || second.start() - first.end() > MAX_GAP || !onlySeparators(text, first.end(), second.start())) {
            return null;
        }
        NumberScanner.Token firstNumber = tokenEndingAt(tokens, first.numberEnd());
        NumberScanner.Token secondNumber = tokenEndingAt(tokens, second.numberEnd());
        if (firstNumber == null || secondNumber == null || firstNumber.value() == 0 || secondNumber.value() == 0
                || !firstNumber.integer()) {
            return null;
        }
        double firstScale = first.value() / firstNumber.value();
        double secondScale = second.value() / secondNumber.value();
        // both parts carry a scale word, the second a smaller one that it does not fill: "2 млрд 842 млн"; or
        // thousands then the hundreds left, with nothing but a space between: "3 thousand 500 people"
        if (!(firstScale >= 1e6 && secondScale >= 1e3 || remainderOfThousands(text, first, second, secondNumber,
                firstScale, secondScale)) || secondScale >= firstScale
                || secondNumber.value() * secondScale >= firstScale) {
            return null;
        }
        String unit = unitOf(first, second);
        if (unit == null) {
            return null;
        }
        boolean implicit = first.implicit() && second.implicit();
        return new SurfaceFigure(first.start(), second.end(), FigureExtractor.scaled(firstNumber.value(), firstScale)
                + FigureExtractor.scaled(secondNumber.value(), secondScale), unit, first.numberEnd(),
                second.noun(), false, implicit);
    }

    /**
     * "3 thousand 500 people", "3 тысячи 500 человек", "3 mille 500 personnes": a whole number of thousands followed,
     * after a space alone, by a bare whole number below a thousand is one number written in parts (gold-n: "numbers
     * written in parts"). A comma or a dot between ("3 thousand, 500 of them") makes two figures of a list.
     */
    private static boolean remainderOfThousands(String text, SurfaceFigure first, SurfaceFigure second,
                                                NumberScanner.Token secondNumber, double firstScale,
                                                double secondScale) {
        if (firstScale != 1e3 || secondScale != 1 || !secondNumber.integer() || secondNumber.value() >= 1000
                || first.unit() != null && !first.unit().equals(second.unit())) {
            return false; // "10 thousand 20-foot containers": the second number measures something else
        }
        return NumberScanner.onlySpaces(text, first.end(), second.start());
    }

    /** The unit both parts share, or the one part states when the other leaves it to the context. */
    private static String unitOf(SurfaceFigure first, SurfaceFigure second) {
        boolean firstOpen = first.implicit() || first.unit() == null;
        boolean secondOpen = second.implicit() || second.unit() == null;
        if (firstOpen && secondOpen) {
            return first.unit() == null ? second.unit() : first.unit();
        }
        if (firstOpen) {
            return second.unit();
        }
        if (secondOpen) {
            return first.unit();
        }
        return first.unit().equals(second.unit()) ? first.unit() : null;
    }

    private static boolean onlySeparators(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!NumberScanner.isSpace(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static NumberScanner.Token tokenEndingAt(List<NumberScanner.Token> tokens, int end) {
        for (NumberScanner.Token t : tokens) {
            if (t.end() == end) {
                return t;
            }
        }
        return null;
    }
}
