package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figures written as "text=value unit" strings, so that a test states what it expects in one line of a table
 * ("1,2 млрд долларов=1.20000e+09 USD; 5 %=5.00000 percent") and a failure shows every figure found.
 */
final class SurfaceFigureText {

    private SurfaceFigureText() {
    }

    /** Each figure as "text=value unit", the value to six significant digits. */
    static List<String> describe(String text, List<SurfaceFigure> figures) {
        List<String> out = new ArrayList<>();
        for (SurfaceFigure f : figures) {
            out.add(f.text(text) + "=" + format(f.value()) + " " + f.unit());
        }
        return out;
    }

    /** "a=1 u; b=2 v" as {@link #describe} writes it; blank or null is no figure. */
    static List<String> parse(String expected) {
        List<String> out = new ArrayList<>();
        if (expected == null || expected.isBlank()) {
            return out;
        }
        for (String item : expected.split(";")) {
            String trimmed = item.trim();
            int eq = trimmed.lastIndexOf('=');
            String[] valueUnit = trimmed.substring(eq + 1).split(" ");
            out.add(trimmed.substring(0, eq) + "=" + format(Double.parseDouble(valueUnit[0])) + " " + valueUnit[1]);
        }
        return out;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
