package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first number of a range takes the unit (and the scale) written after the second: "7-8 days", "12-15 million
 * tons", "from 6 million to 10 million tons", "с 0,8 до 4,5 млн тонн", "70-75%". Without this, the first bound is a
 * bare number that counts nothing and is dropped, or an amount whose currency is guessed from the context.
 */
final class Ranges {

    private static final Set<String> CONNECTORS = Set.of("-", "–", "—", "to", "and", "до", "по", "и", "à", "a", "au",
            "et", "or", "или");
    private static final int MAX_GAP = 6;
    private static final Set<String> FROM_WORDS = Set.of("from", "de", "du", "с", "со", "от");

    private Ranges() {
    }

    /** The figures, the first bound of each range given the unit of the second. */
    static List<SurfaceFigure> completed(String text, List<SurfaceFigure> figures, List<NumberScanner.Token> tokens) {
        if (figures.size() < 2) {
            return figures;
        }
        List<SurfaceFigure> out = new ArrayList<>(figures);
        // from the last range backwards, so that a bound completed from its own range completes the one before it:
        // "from 35 to 3-5 days"
        for (int i = out.size() - 2; i >= 0; i--) {
            SurfaceFigure first = out.get(i);
            SurfaceFigure second = out.get(i + 1);
            boolean unitless = first.noun() == null && (first.implicit() || "count".equals(first.unit()));
            if (unitless && !first.implicit() && !first.spelled() && countedRange(first, second)
                    && second.start() >= first.end() && (connected(text, first.end(), second.start())
                    || partOf(text, first.end(), second.start()))) {
                // "7-8 человек", "2,000 to 4,000 people", "100 à 150 camions": the labels give a range two figures,
                // so the first bound counts what the second does; without the noun it is a bare number and dropped.
                double secondNumber = tokenValue(tokens, second.numberEnd());
                double value = Double.isNaN(secondNumber) || secondNumber == 0 ? Double.NaN
                        : FigureExtractor.scaled(first.value(), second.value() / secondNumber); // "3-4 million people"
                if (value < second.value() || downwardAllowed(text, first, second)) {
                    out.set(i, new SurfaceFigure(first.start(), first.end(), value, "count", first.numberEnd(),
                            second.noun(), false, false));
                }
                continue;
            }
            if (currencyBoundWithoutScale(text, first, second, tokens)) {
                // "$7-8 млрд", "$1-2 billion", "$7 to $8 billion": the currency stands on the first bound and the scale
                // word once after the second; the first bound is that many units of the scale, not seven dollars
                double scale = second.value() / tokenValue(tokens, second.numberEnd());
                out.set(i, new SurfaceFigure(first.start(), first.end(), FigureExtractor.scaled(
                        tokenValue(tokens, first.numberEnd()), scale), first.unit(), first.numberEnd(), null, false,
                        false));
                continue;
            }
            if (!unitless || second.implicit() || "count".equals(second.unit()) || second.start() < first.end()
                    || !connected(text, first.end(), second.start())) {
                continue;
            }
            double firstNumber = tokenValue(tokens, first.numberEnd());
            double secondNumber = tokenValue(tokens, second.numberEnd());
            if (Double.isNaN(firstNumber) || Double.isNaN(secondNumber) || secondNumber == 0) {
                continue;
            }
            // The first bound's own scale word, if any, stands ("from 6 million to 10 million tons"); else it takes
            // the second's ("12-15 million tons").
            double ownScale = first.value() / firstNumber;
            double scale = first.implicit() && ownScale != 1 ? ownScale : second.value() / secondNumber;
            double value = FigureExtractor.scaled(firstNumber, scale);
            if (!(value <= second.value()) && !"percent".equals(second.unit())
                    && !downwardAllowed(text, first, second)) {
                continue; // not a range upwards: "5 to 3" is rarely a range of the same thing, unless it is a change
                          // "from 40 to 20 days", "de 40 à 20 jours", "с 40 до 20 дней", or two items joined by
                          // "and" ("6,000 and 1,500 tons, respectively")
            }
            out.set(i, new SurfaceFigure(first.start(), first.end(), value, second.unit(), first.numberEnd(), null,
                    first.spelled(), false));
        }
        return out;
    }

    /**
     * Whether the first bound is a sum whose currency is written before it and nothing after its number, and the second,
     * joined to it by a range connector, is a sum in the same currency with a scale word ("$7-8 млрд", "$1-2 billion"),
     * so that the scale is written once for both (the second may leave its currency to the context, which the first's
     * sign gives). A coordination ("$5 and 3 billion") joins two items, which need not share a scale; the scaled bound
     * must stay at or below the second.
     */
    private static boolean currencyBoundWithoutScale(String text, SurfaceFigure first, SurfaceFigure second,
                                                     List<NumberScanner.Token> tokens) {
        if (first.unit() == null || !first.isMoney() || first.implicit() || first.spelled()
                || first.end() != first.numberEnd()
                || !(first.unit().equals(second.unit()) || second.implicit() && second.unit() == null)
                || second.start() < first.end()
                || !connected(text, first.end(), second.start())
                || COORDINATIONS.contains(between(text, first.end(), second.start()))) {
            return false;
        }
        double firstNumber = tokenValue(tokens, first.numberEnd());
        double secondNumber = tokenValue(tokens, second.numberEnd());
        if (Double.isNaN(firstNumber) || Double.isNaN(secondNumber) || secondNumber == 0 || first.value() != firstNumber) {
            return false;
        }
        double scale = second.value() / secondNumber;
        return scale > 1 && FigureExtractor.scaled(firstNumber, scale) <= second.value();
    }

    /**
     * The figures without the bare first bounds of ranges whose second bound is no figure: "6-8 hours", "from 32 to 19
     * hours", "15-17 years old". What the second number measures (a unit the standard has no code for, an age, a
     * date) the first measures too; alone, the first is a bare number that a count elsewhere in its sentence would
     * keep.
     */
    static List<SurfaceFigure> withoutBoundsOfNoFigure(String text, List<SurfaceFigure> figures,
                                                       List<NumberScanner.Token> tokens) {
        List<SurfaceFigure> out = new ArrayList<>(figures.size());
        for (SurfaceFigure figure : figures) {
            if (!bareBound(figure) || !secondBoundIsNoFigure(text, figure, figures, tokens)) {
                out.add(figure);
            }
        }
        return out;
    }

    private static boolean bareBound(SurfaceFigure figure) {
        return "count".equals(figure.unit()) && figure.noun() == null && !figure.implicit() && !figure.spelled();
    }

    /** Whether the next number after the figure is joined to it by a range connector and lies in no figure. */
    private static boolean secondBoundIsNoFigure(String text, SurfaceFigure figure, List<SurfaceFigure> figures,
                                                 List<NumberScanner.Token> tokens) {
        for (NumberScanner.Token t : tokens) {
            if (t.start() < figure.end()) {
                continue;
            }
            if (!connected(text, figure.end(), t.start())) {
                return false;
            }
            for (SurfaceFigure other : figures) {
                if (other.start() <= t.start() && t.start() < other.end()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The connectors that join two items rather than bound a range: they share the unit in either order. */
    private static final Set<String> COORDINATIONS = Set.of("and", "и", "et", "or", "или");

    /**
     * Whether the first number may be above the second and still share its unit: the two are items joined by a
     * coordination ("12 и 8 поездов", "6,000 and 1,500 tons"), or the bounds of a change a from-word opens ("from 40
     * to 20 days", "с 14 до 10 поездов"). A bare dash or "to" between a larger and a smaller number is rarely one
     * measure's range.
     */
    private static boolean downwardAllowed(String text, SurfaceFigure first, SurfaceFigure second) {
        return connected(text, first.end(), second.start()) && (COORDINATIONS.contains(between(text, first.end(),
                second.start())) || FROM_WORDS.contains(String.valueOf(Traps.wordBefore(text, first.start()))));
    }

    /** Whether both bounds are written in digits and the second counts a noun that the first, below it, shares. */
    private static boolean countedRange(SurfaceFigure first, SurfaceFigure second) {
        return "count".equals(second.unit()) && second.noun() != null && !second.spelled() && !second.implicit()
                && first.value() > 0;
    }

    /** Whether a range connector and another number follow {@code end}: "0,8 до 4,5", "1.5-2". */
    static boolean opensRange(String text, int end) {
        int i = end;
        while (i < text.length() && i - end <= MAX_GAP && !NumberScanner.isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i < text.length() && i > end && NumberScanner.isAsciiDigit(text.charAt(i)) && connected(text, end, i);
    }

    /** "18 of the 29 tunnels", "18 из 29 тоннелей", "18 des 29 tunnels": a part counted against its whole. */
    private static final Set<String> PART_OF = Set.of("of the", "of", "out of", "из", "des", "sur");

    /**
     * Whether only the words of a part and its whole stand between the two numbers: the first counts what the second
     * does (gold-j: "18 of the 29" gives two counts, as a range does).
     */
    private static boolean partOf(String text, int from, int to) {
        return to - from <= MAX_GAP + 2 && PART_OF.contains(text.substring(from, to).strip().toLowerCase(Locale.ROOT));
    }

    /** Whether only a range connector stands between the two numbers ("-", "to", "до", "à"...). */
    private static boolean connected(String text, int from, int to) {
        if (to - from > MAX_GAP) {
            return false;
        }
        return CONNECTORS.contains(between(text, from, to));
    }

    /** The words between two numbers, lower-cased, without the currency sign a second bound may open with. */
    private static String between(String text, int from, int to) {
        String between = text.substring(from, to).strip().toLowerCase(Locale.ROOT);
        // a currency sign of the second bound may come first: "$5 to $7 billion"
        return between.replace("$", "").replace("€", "").strip();
    }

    private static double tokenValue(List<NumberScanner.Token> tokens, int end) {
        for (NumberScanner.Token t : tokens) {
            if (t.end() == end) {
                return t.value();
            }
        }
        return Double.NaN;
    }
}
