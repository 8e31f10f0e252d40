package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare number that a word of inclusion opens, the part of a whole just counted or measured: "killed 90 drones,
 * including 24 over the region", "164 personnes sont mortes, dont 103 dans la capitale", "40 turbines, including 17
 * in one village and 23 in another", "из них 12 в столице", "shundan 5 tasi". The part counts what the whole counts
 * (its unit and noun), though no noun follows it; alone it would be a bare number and dropped. The whole is the nearest
 * earlier figure larger than the part that counts a named noun or has a measured unit (no money, no percentage),
 * in the part's sentence or in the sentence just before when the word of inclusion opens its own ("Parmi eux, 6 330
 * sont"). A number joined to the part by a comma or "and" is a further part ({@link ListSiblings}). Static and
 * stateless; asked only of bare counts.
 */
final class SubsetCounts {

    /** How far back, in chars, the word of inclusion (with a word of degree) may open before the number. */
    private static final int WINDOW = 48;

    /**
     * Words that open a part of a whole, then an optional word of degree, then the number; matched at the end of the
     * window before the number, case-blind.
     */
    private static final Pattern OPENS_PART = Pattern.compile(
            "(?:(?<!\\p{L})(?:including|of whom|of which|among them|among which|dont|parmi eux|parmi elles"
                    + "|parmi lesquels|parmi lesquelles|из них|из которых|в том числе|в т\\.\\s?ч\\.|оның ішінде"
                    + "|соның ішінде|олардың ішінде|shundan|shulardan|ulardan|шундан|шулардан|улардан))"
                    + ",?\\s+(?:(?:more than|over|about|around|some|nearly|almost|at least|plus de|près de|environ"
                    + "|au moins|более|свыше|около|почти|не менее|более чем)\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The last words {@link #OPENS_PART} can end on, lower case: the pattern is tried only where the word right before
     * the number is one of them.
     */
    private static final Set<String> LAST_WORDS = Set.of("including", "whom", "which", "them", "dont", "eux", "elles",
            "lesquels", "lesquelles", "них", "которых", "числе", "т.ч.", "ішінде", "shundan", "shulardan", "ulardan",
            "шундан", "шулардан", "улардан", "than", "over", "about", "around", "some", "nearly", "almost", "least",
            "de", "environ", "moins", "более", "свыше", "около", "почти", "менее", "чем");

    private SubsetCounts() {
    }

    /** {@code figures} (sorted by start) with each bare number a word of inclusion opens given its whole's unit. */
    static List<SurfaceFigure> completed(String text, List<SurfaceFigure> figures) {
        List<SurfaceFigure> out = null;
        for (int i = 0; i < figures.size(); i++) {
            SurfaceFigure figure = figures.get(i);
            if (!bare(figure) || !LAST_WORDS.contains(wordBefore(text, figure.start()))) {
                continue;
            }
            int from = Math.max(0, figure.start() - WINDOW);
            Matcher opens = OPENS_PART.matcher(text).region(from, figure.start());
            opens.useTransparentBounds(true);
            if (!opens.find()) {
                continue;
            }
            // the whole stands within Partitives' reach, and a part is less than its whole ("40 turbines with 6 MW
            // each, including 17 in ...": the turbines, not the rate of each)
            SurfaceFigure whole = Partitives.measuredBefore(text, figures, i,
                    before -> before.value() > figure.value());
            if (whole == null || !sameOrNextSentence(text, whole.end(), opens.start())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(figures);
            }
            out.set(i, new SurfaceFigure(figure.start(), figure.end(), figure.value(), whole.unit(),
                    figure.numberEnd(), whole.noun(), false, false));
        }
        return out == null ? figures : out;
    }

    /** The word that ends right before {@code at} past blanks and one comma, lower case (a final point kept), or "". */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && NumberScanner.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == ',') {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')
                && end - start < 12) {
            start--;
        }
        return start == end ? "" : text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean bare(SurfaceFigure figure) {
        return "count".equals(figure.unit()) && figure.noun() == null && !figure.spelled() && !figure.implicit()
                && figure.value() >= 1 && figure.value() == Math.rint(figure.value());
    }

    /**
     * Whether no sentence ends between {@code wholeEnd} and the word of inclusion at {@code opens}, or one ends right
     * before the word (it opens the next sentence: "... 25 killed. Of whom 6 were").
     */
    private static boolean sameOrNextSentence(String text, int wholeEnd, int opens) {
        for (int at = wholeEnd; at < opens - 1; at++) {
            char c = text.charAt(at);
            if ((c == '.' || c == '!' || c == '?') && NumberScanner.isSpace(text.charAt(at + 1))) {
                return text.substring(at + 1, opens).isBlank();
            }
        }
        return true;
    }
}
