package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fraction before a scale word: "half million usd", "a quarter million us dollars", "three quarters billion", and a
 * whole number with its half ("one and a half million US dollars", "2 and a half billion tons" are 1.5 and 2.5 times
 * the scale). Spell-out rules read whole numbers only, so these few fraction words are named here.
 */
final class Fractions {

    private static final Pattern FRACTION = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})\\s+and\\s+(?=a\\s+half))?"
            + "(?:(a|one|un|une|three|trois)\\s+)?(half|quarters?|demi|quarts?)(?:\\s+(?:a|of|d'|de))?\\s+",
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
            String word = m.group(3).toLowerCase(Locale.ROOT);
            double fraction = word.startsWith("half") || word.startsWith("demi") ? 0.5 : 0.25;
            String count = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            if (count.equals("three") || count.equals("trois")) {
                fraction *= 3;
            }
            if (m.group(1) != null) {
                fraction += whole(m.group(1).toLowerCase(Locale.ROOT)); // "one and a half million"
            }
            UnitLexicon.Unit u = UnitLexicon.unit(unit.value());
            double value = FigureExtractor.scaled(FigureExtractor.scaled(fraction, Double.parseDouble(scale.value())),
                    u.multiplier());
            figures.add(new SurfaceFigure(m.start(), unit.end(), value, u.code(), scale.end(), null, true, false));
        }
        return figures;
    }

    private static final List<String> WHOLES = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /** The whole number before "and a half", in words up to ten or in digits. */
    private static int whole(String written) {
        int index = WHOLES.indexOf(written);
        return index >= 0 ? index + 1 : Integer.parseInt(written);
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
