package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The next item of a list written with its unit once: "85 kilometers on Iran's territory, 700 on Turkmenistan's
 * and the remaining 140 on Kazakhstan's", "493 trucks were queueing at one crossing and 146 at another". A bare
 * number that a comma or "and" joins to the figure just before it in its clause is another item of that figure's
 * unit; without it, it is a bare number and dropped.
 */
final class ListSiblings {

    /** What may stand between the item before and the bare number: a few words, the joint, a word of degree. */
    private static final Pattern JOINT = Pattern.compile(
            "[^.;:!?\\n\\d]{0,50}?(?:,|\\band\\b|\\bet\\b|(?<!\\p{L})и(?!\\p{L}))\\s*(?:the remaining|the other|another|les autres"
                    + "|остальные|ещё|еще|more than|over|about|around|almost|nearly|some|plus de|environ|près de|более|свыше"
                    + "|около|почти)?\\s*",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    private ListSiblings() {
    }

    /** The figures, each bare number that continues a list given the unit (and counted noun) of the item before. */
    static List<SurfaceFigure> completed(String text, List<SurfaceFigure> figures, List<NumberScanner.Token> tokens) {
        List<SurfaceFigure> out = new ArrayList<>(figures.size());
        for (SurfaceFigure figure : figures) {
            SurfaceFigure before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && bare(figure) && item(before, tokens) && before.end() <= figure.start()
                    && JOINT.matcher(text.substring(before.end(), figure.start())).matches()) {
                out.add(new SurfaceFigure(figure.start(), figure.end(), figure.value(), before.unit(),
                        figure.numberEnd(), before.noun(), false, false));
            } else {
                out.add(figure);
            }
        }
        return out;
    }

    private static boolean bare(SurfaceFigure figure) {
        return "count".equals(figure.unit()) && figure.noun() == null && !figure.spelled() && !figure.implicit()
                && figure.value() == Math.rint(figure.value());
    }

    /** A figure of a measured unit (not money, not a rank, a count only with its noun), written without a scale. */
    private static boolean item(SurfaceFigure before, List<NumberScanner.Token> tokens) {
        if (before.implicit() || before.spelled() || before.isMoney() || "rank".equals(before.unit())
                || ("count".equals(before.unit()) && before.noun() == null)) {
            return false;
        }
        for (NumberScanner.Token t : tokens) {
            if (t.end() == before.numberEnd()) {
                return t.value() == before.value();
            }
        }
        return false;
    }
}
