package io.steppewatch.analysis.figures;

import io.steppewatch.analysis.text.Words;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A bare count shares its noun, and so what it measures, with the figure it is written against (round 45, `promo`):
 * the first end of a range whose noun stands once after the second ("some 4-7 ferries a day", "тәулігіне 9-дан 16
 * пойызға дейін", "1.5-2 million tons ... to the port's capacity"), and the next item of a count whose noun is not
 * repeated ("18 trains a day, 22 at the busiest", "12 фур ..., 30 — с контейнерами, 85 — порожние"). Alone,
 * the bare number is read by whatever cue stands nearest (a word of companies, of containers, of capacity), and a
 * count of vehicles becomes a ledger series; the standard counts trains, ferries and trucks as `other` (decision of
 * round 26, "Vehicles counted as a capacity").
 */
final class SharedNouns {

    /** What joins the two ends of a range: a dash or "to", never "and" or "or", which join two items. */
    private static final Set<String> RANGE_DASHES = Set.of("-", "\u2013", "\u2014", "to", "à", "до", "a");
    private static final int RANGE_GAP = 5;
    /** A Kazakh or Uzbek ablative written after a number's hyphen, then the next number: "8-ден ", "10-dan ". */
    private static final Pattern TURKIC_FROM = Pattern.compile("-?(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)\\s+");
    /** How far after a count the next, bare item of it may stand ("17 trains per day, 21"). */
    private static final int ITEM_GAP = 40;

    private SharedNouns() {
    }

    /**
     * Whether {@code first}, with no word of its own after its number (a noun lent by the second end does not count), is the first end of a range whose second end is {@code
     * second}: "4-7 ferries", "1.5 to 2 million tons", Kazakh and Uzbek "9-дан 16 пойызға дейін". Percentages are
     * left out: their words stand before the first end, which is read with them.
     */
    static boolean firstEndOfARange(SurfaceFigure first, SurfaceFigure second, String text) {
        if (first == null || first.end() != first.numberEnd() || "percent".equals(second.unit())
                || !first.unit().equals(second.unit()) || first.end() > second.start()) {
            return false;
        }
        if (second.start() - first.end() <= RANGE_GAP
                && RANGE_DASHES.contains(Words.fold(text.substring(first.end(), second.start())).strip())) {
            return true;
        }
        // "9-дан 16 пойызға дейін", "10-dan 18 poyezdgacha": an ablative written after the first number's hyphen, the
        // second end closing the range (TurkicRanges)
        return second.start() - first.end() <= RANGE_GAP + 2
                && TURKIC_FROM.matcher(Words.fold(text.substring(first.end(), second.start()))).matches()
                && TurkicRanges.closes(text, second);
    }

    /**
     * Whether {@code figure}, a bare count (no word of its own after its number), is the next item of the count {@code before} read `other` in its
     * sentence: at most {@link #ITEM_GAP} characters after it, no sentence break between.
     */
    static boolean nextBareItem(SurfaceFigure before, String beforeMetric, SurfaceFigure figure, String text) {
        return before != null && figure.end() == figure.numberEnd() && !figure.spelled() && "count".equals(figure.unit())
                && "count".equals(before.unit()) && "other".equals(beforeMetric) && before.end() <= figure.start()
                && figure.start() - before.end() <= ITEM_GAP
                && !TextWalks.hasSentenceBreak(text, before.end(), figure.start());
    }
}
