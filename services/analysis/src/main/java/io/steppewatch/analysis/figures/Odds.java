package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Odds and proportions written as "N in M": "1 in 4 users", "six in 10 voters", "a 4-in-5 favourite", "one in every
 * ten pupils", "1 chance in 50,000", "1 in 1 million". The labels read each as a share in percent (N / M), not as two
 * counts (open corpus, round 51; the labellers' notes: "nine of 10 African Americans", "1 in 5" are shares). English
 * only: the French "un sur cinq" and the Russian "один из пяти" are left alone, as no label of the region's writing
 * holds one and both also count parts of a set.
 *
 * <p>Not odds: a second number that is a year ("3 in 2019"), one followed by a unit or a word of time ("5 in 30 days",
 * "2 in 3 weeks"), and a first number not below the second ("12 in 3 provinces").
 */
final class Odds {

    private static final Map<String, Integer> WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final Pattern ODDS = Pattern.compile("(?i)(?<![\\p{L}\\d.,$€£])" + NUMBER
            + "(?:\\s*-\\s*in\\s*-\\s*|\\s+in\\s+(?:every\\s+)?|\\s+out\\s+of\\s+every\\s+|\\s+chances?\\s+in\\s+)"
            + NUMBER + "(?![\\p{L}\\d%]|[.,]\\d)");
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;

    private Odds() {
    }

    /**
     * The figures with each "N in M" of the text read as one share in percent, and the figures it covers (the counts
     * of its two numbers) left out.
     */
    static List<SurfaceFigure> completed(String text, List<SurfaceFigure> figures, UnitLexicon units) {
        if (!text.contains(" in") && !text.contains("-in-")) {
            return figures;
        }
        List<SurfaceFigure> odds = null;
        Matcher m = ODDS.matcher(text);
        while (m.find()) {
            SurfaceFigure found = odds(text, m, units);
            if (found != null) {
                if (odds == null) {
                    odds = new ArrayList<>();
                }
                odds.add(found);
            }
        }
        if (odds == null) {
            return figures;
        }
        List<SurfaceFigure> out = new ArrayList<>(figures.size() + odds.size());
        for (SurfaceFigure figure : figures) {
            if (odds.stream().noneMatch(o -> figure.start() < o.end() && o.start() < figure.end())) {
                out.add(figure);
            }
        }
        out.addAll(odds);
        return out;
    }

    private static SurfaceFigure odds(String text, Matcher m, UnitLexicon units) {
        String second = m.group(2);
        double part = value(m.group(1));
        double whole = value(second);
        int end = m.end();
        if (second.chars().allMatch(Character::isDigit) && second.length() == 4 && whole >= MIN_YEAR
                && whole <= MAX_YEAR) {
            return null; // "3 in 2019": a count and its year
        }
        UnitLexicon.Found scale = units.scaleAt(text, end);
        if (scale != null) {
            whole = FigureExtractor.scaled(whole, Double.parseDouble(scale.value()));
            end = scale.end();
        }
        if (units.unitAt(text, end) != null) {
            return null; // "5 in 30 days", "2 in 10 km": a count over a span, not a proportion
        }
        String next = Traps.wordAfter(text, end);
        if (next != null && Traps.isMonthOrTimeWord(next)) {
            return null; // "2 in 3 weeks"
        }
        if (part <= 0 || whole <= part) {
            return null; // "12 in 3 provinces": twelve, in three places
        }
        boolean spelled = !Character.isDigit(m.group(1).charAt(0)) || !Character.isDigit(second.charAt(0));
        return new SurfaceFigure(m.start(), end, part / whole * 100, "percent", end, null, spelled, false);
    }

    private static double value(String written) {
        Integer word = WORDS.get(written.toLowerCase(Locale.ROOT));
        return word != null ? word : Double.parseDouble(written.replace(",", ""));
    }
}
