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
    private static final Pattern NUMBER_ONLY = Pattern.compile("(?i)" + NUMBER);
    /** What follows the "in" of odds: "every " perhaps, then the second number, which no letter, digit or % goes on. */
    private static final Pattern WHOLE_AFTER = Pattern.compile("(?i)(?:every\\s+)?" + NUMBER
            + "(?![\\p{L}\\d%]|[.,]\\d)");
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
        Matcher whole = WHOLE_AFTER.matcher(text);
        for (int at = text.indexOf("in", 1); at >= 0; at = text.indexOf("in", at + 2)) {
            // only "in" standing as a word between spaces or hyphens: " in ", "-in-"; found by indexOf, as a
            // pattern tried at every character of every English text cost several per cent of the analysis's time
            char before = text.charAt(at - 1);
            int after = at + 2;
            if (after >= text.length() || !(before == ' ' && text.charAt(after) == ' '
                    || before == '-' && text.charAt(after) == '-')) {
                continue;
            }
            SurfaceFigure found = odds(text, at, whole.region(after + 1, text.length()), units);
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

    /** The odds whose "in" starts at {@code in}, the second number read by {@code after} from after it; else null. */
    private static SurfaceFigure odds(String text, int in, Matcher after, UnitLexicon units) {
        if (!after.lookingAt()) {
            return null;
        }
        int partEnd = in - 1; // before the space or hyphen
        if (text.charAt(partEnd) == ' ') {
            int wordStart = wordStartBefore(text, partEnd);
            String word = text.substring(wordStart, partEnd).toLowerCase(Locale.ROOT);
            if (word.equals("chance") || word.equals("chances")) {
                partEnd = wordStart - 1; // "1 chance in 50,000"
                if (partEnd < 1 || text.charAt(partEnd) != ' ') {
                    return null;
                }
            }
        }
        int partStart = wordStartBefore(text, partEnd);
        if (partStart == partEnd || (partStart > 0 && "$€£.,".indexOf(text.charAt(partStart - 1)) >= 0)) {
            return null;
        }
        String first = text.substring(partStart, partEnd);
        if (!NUMBER_ONLY.matcher(first).matches()) {
            return null;
        }
        String second = after.group(1);
        double part = value(first);
        double whole = value(second);
        int end = after.end();
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
        boolean spelled = !Character.isDigit(first.charAt(0)) || !Character.isDigit(second.charAt(0));
        return new SurfaceFigure(partStart, end, part / whole * 100, "percent", end, null, spelled, false);
    }

    /** Where the run of letters, digits and commas ending at {@code end} starts. */
    private static int wordStartBefore(String text, int end) {
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == ',')) {
            start--;
        }
        return start;
    }

    private static double value(String written) {
        Integer word = WORDS.get(written.toLowerCase(Locale.ROOT));
        return word != null ? word : Double.parseDouble(written.replace(",", ""));
    }
}
