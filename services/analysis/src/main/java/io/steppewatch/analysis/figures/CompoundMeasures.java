package io.steppewatch.analysis.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One quantity written in descending units, the way a weight is read off a scale: "1 тонну 412 кг", "2 tonnes 30
 * kg", "5 kilograms 873 grams", "4 тонны 83 кг 274 г". Each part alone is a figure of the same unit, but the writer
 * states one amount, their sum; read apart, the text would give two figures, neither of them the amount. The parts
 * stand next to each other with nothing but spaces between them, each a smaller unit than the one before and less
 * than one of it; a comma or a word between them makes a list of two figures. Grams, which the lexicon does not read
 * on their own ("2025 г." is a year), are taken only as the last part after kilograms.
 */
final class CompoundMeasures {

    /** Grams after kilograms: whole grams, below a thousand, in the languages of the corpus. */
    private static final Pattern GRAMS = Pattern.compile(
            "[\\s\\u00A0\\u202F\\u2009]+(\\d{1,3})[\\s\\u00A0\\u202F\\u2009]*(?:grammes|grams|gram|gr|g|граммов|грамма|грамм"
                    + "|гр|г|gramm)(?![\\p{L}\\d])\\.?",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final double GRAM = 1e-6;

    private CompoundMeasures() {
    }

    /** The figures, each run of parts of one measure joined into the one figure it writes. */
    static List<SurfaceFigure> joined(String text, List<SurfaceFigure> figures, List<NumberScanner.Token> tokens) {
        List<SurfaceFigure> out = new ArrayList<>(figures.size());
        int i = 0;
        while (i < figures.size()) {
            SurfaceFigure whole = figures.get(i);
            int next = i + 1;
            while (next < figures.size()) {
                SurfaceFigure joined = join(text, whole, figures.get(next - 1), figures.get(next), tokens);
                if (joined == null) {
                    break;
                }
                whole = joined;
                next++;
            }
            whole = withGrams(text, whole, tokens);
            while (next < figures.size() && figures.get(next).start() < whole.end()) {
                next++; // the grams, read as a count of their own
            }
            out.add(whole);
            i = next;
        }
        return out;
    }

    /** {@code whole} with {@code second} added when it is the next smaller part after {@code first}, else null. */
    private static SurfaceFigure join(String text, SurfaceFigure whole, SurfaceFigure first, SurfaceFigure second,
                                      List<NumberScanner.Token> tokens) {
        if (!measured(first) || !measured(second) || !first.unit().equals(second.unit())
                || first.end() >= second.start() || !NumberScanner.onlySpaces(text, first.end(), second.start())) {
            return null;
        }
        double firstUnit = unitSize(first, tokens);
        double secondUnit = unitSize(second, tokens);
        if (Double.isNaN(firstUnit) || Double.isNaN(secondUnit) || secondUnit >= firstUnit
                || second.value() >= firstUnit) {
            return null; // "2 tonnes 3 tonnes" or "1 kg 1,500 kg": no smaller remainder of the part before
        }
        return new SurfaceFigure(whole.start(), second.end(), sum(whole.value(), second.value()), whole.unit(),
                whole.numberEnd(), null, false, false);
    }

    /** The figure with the grams written after its kilograms ("83 кг 274 г"), else the figure itself. */
    private static SurfaceFigure withGrams(String text, SurfaceFigure figure, List<NumberScanner.Token> tokens) {
        if (!"t".equals(figure.unit()) || figure.spelled() || figure.implicit()) {
            return figure;
        }
        NumberScanner.Token last = lastToken(tokens, figure);
        if (last == null || !last.integer() || !kilogramsAfter(text, last, figure)) {
            return figure;
        }
        Matcher grams = GRAMS.matcher(text).region(figure.end(), text.length());
        if (!grams.lookingAt()) {
            return figure;
        }
        return new SurfaceFigure(figure.start(), grams.end(), sum(figure.value(),
                FigureExtractor.scaled(Double.parseDouble(grams.group(1)), GRAM)), figure.unit(), figure.numberEnd(),
                null, false, false);
    }

    /** Whether the figure's last number is followed by a kilogram word: grams may follow it. */
    private static boolean kilogramsAfter(String text, NumberScanner.Token last, SurfaceFigure figure) {
        String unitWords = text.substring(last.end(), figure.end()).strip().toLowerCase(Locale.ROOT);
        return unitWords.startsWith("kg") || unitWords.startsWith("кг") || unitWords.startsWith("kilo")
                || unitWords.startsWith("кило");
    }

    /** A figure of a measured quantity written with its own unit word: not money, a count, a rank or a share. */
    private static boolean measured(SurfaceFigure figure) {
        return figure.unit() != null && !figure.spelled() && !figure.implicit() && !figure.isMoney()
                && !"count".equals(figure.unit()) && !"rank".equals(figure.unit()) && !"percent".equals(figure.unit())
                && !"times".equals(figure.unit());
    }

    /** The size of the figure's unit word in the figure's unit (0.001 for kilograms of tonnes), NaN when unread. */
    private static double unitSize(SurfaceFigure figure, List<NumberScanner.Token> tokens) {
        for (NumberScanner.Token t : tokens) {
            if (t.end() == figure.numberEnd() && t.start() >= figure.start()) {
                return t.value() == 0 ? Double.NaN : figure.value() / t.value();
            }
        }
        return Double.NaN;
    }

    private static NumberScanner.Token lastToken(List<NumberScanner.Token> tokens, SurfaceFigure figure) {
        NumberScanner.Token last = null;
        for (NumberScanner.Token t : tokens) {
            if (t.start() >= figure.start() && t.end() <= figure.end() && t.shape() == NumberScanner.Shape.NUMBER) {
                last = t;
            }
        }
        return last;
    }

    private static double sum(double a, double b) {
        return BigDecimal.valueOf(a).add(BigDecimal.valueOf(b)).doubleValue();
    }
}
