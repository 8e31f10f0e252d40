package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fraction before a scale word: "half million usd", "a quarter million us dollars", "three quarters billion".
 * Spell-out rules read whole numbers only, so these few fraction words are named here.
 */
final class Fractions {

    private static final Pattern FRACTION = Pattern.compile(
            "(?<![\\p{L}])(?:(a|one|un|une|three|trois)\\s+)?(half|quarters?|demi|quarts?)(?:\\s+(?:a|of|d'|de))?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String[] WORDS = {"half", "Half", "HALF", "quarter", "Quarter", "QUARTER", "demi ", "Demi ",
        "DEMI ", "quart ", "quarts ", "Quart ", "QUART"};

    private Fractions() {
    }

    static List<SurfaceFigure> figures(String text, UnitLexicon units, List<SurfaceFigure> found) {
        boolean any = false;
        for (String word : WORDS) {
            if (text.indexOf(word) >= 0) {
                any = true;
                break;
            }
        }
        if (!any) {
            return List.of(); // no fraction word: skip the regular expression, costly on a whole article
        }
        List<SurfaceFigure> figures = new ArrayList<>();
        Matcher m = FRACTION.matcher(text);
        while (m.find()) {
            UnitLexicon.Found scale = units.scaleAt(text, m.end());
            if (scale == null) {
                continue;
            }
            UnitLexicon.Found unit = units.unitAt(text, scale.end());
            if (unit == null || overlaps(found, m.start())) {
                continue;
            }
            String word = m.group(2).toLowerCase(Locale.ROOT);
            double fraction = word.startsWith("half") || word.startsWith("demi") ? 0.5 : 0.25;
            String count = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (count.equals("three") || count.equals("trois")) {
                fraction *= 3;
            }
            UnitLexicon.Unit u = UnitLexicon.unit(unit.value());
            double value = FigureExtractor.scaled(FigureExtractor.scaled(fraction, Double.parseDouble(scale.value())),
                    u.multiplier());
            figures.add(new SurfaceFigure(m.start(), unit.end(), value, u.code(), scale.end(), null, true, false));
        }
        return figures;
    }

    private static boolean overlaps(List<SurfaceFigure> figures, int at) {
        for (SurfaceFigure f : figures) {
            if (at >= f.start() && at < f.end()) {
                return true;
            }
        }
        return false;
    }
}
