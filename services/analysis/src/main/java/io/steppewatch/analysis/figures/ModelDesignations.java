package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * Numbers that name a model of aircraft, vehicle or equipment rather than count anything; the labels leave names with
 * digits out ("M-16", "BM-1", "A7 A5"). A designation is a number written right after a maker or a word of model
 * ("Boeing 787", "Embraer EMB 314", "Боинг 737", "model 3"), a three-digit number right before a model's own name ("787
 * Dreamliners", "737 MAX"; a count of them is not: "8 Dreamliners"), both words from {@code model-designations.tsv},
 * or a three-digit model family joined by a hyphen to a smaller variant number ("787-9", "777-200"), which no range of
 * quantities writes (a range rises: "150-200"). Its hyphenated variant goes with it. A number grouped with spaces whose
 * last group is a designation ("up to 22 787 Dreamliners", "14 787-9 airplanes") is the count written before the
 * designation, not one number.
 */
final class ModelDesignations {

    static final String RESOURCE = "/io/steppewatch/analysis/figures/model-designations.tsv";
    private static final Forms MAKERS = new Forms();
    private static final Forms NAMES = new Forms();

    static {
        for (TsvLines.Line line : TsvLines.fromResource(ModelDesignations.class, RESOURCE, "model designation words")) {
            List<String> columns = line.columns(2, "kind, form");
            Forms forms = switch (columns.get(0)) {
                case "maker" -> MAKERS;
                case "name" -> NAMES;
                default -> throw line.error("unknown kind " + columns.get(0));
            };
            forms.add(columns.get(1));
        }
    }

    /** The family of a model is written with three digits; its variant after a hyphen with one to three. */
    private static final int FAMILY_DIGITS = 3;
    private static final int VARIANT_DIGITS = 3;

    private ModelDesignations() {
    }

    /**
     * Where the designation whose number is written at {@code [start, end)} ends (past its hyphenated variant), or -1
     * when the number is no designation. {@code measuredAt} says whether a sum or measure is written about the number
     * ending at an offset (a currency before it, a unit or scale word after it): such a number is no name.
     */
    static int endAt(String text, int start, int end, IntPredicate measuredAt) {
        int variantEnd = variantEnd(text, end);
        boolean family = end - start == FAMILY_DIGITS;
        boolean designation = MAKERS.matches(TextWalks.spacedWordBefore(text, start))
                || family && NAMES.matches(TextWalks.spacedWordAfter(text, end))
                || variantEnd > 0 && family && smallerVariant(text, start, end, variantEnd);
        int designationEnd = variantEnd > 0 ? variantEnd : end;
        // "$400-1 billion", "Boeing 25 million": a bound and a sum, no name
        return designation && !measuredAt.test(designationEnd) ? designationEnd : -1;
    }

    /**
     * A count written before a designation, "22" of "up to 22 787 Dreamliners", counts what the designation names:
     * the noun after the designation, when the count found none of its own.
     */
    static SurfaceFigure countOfModel(String text, SurfaceFigure count, int designationEnd) {
        if (count.noun() != null || !"count".equals(count.unit())) {
            return count;
        }
        Noun noun = Noun.after(text, designationEnd, false);
        return noun == null || noun.money() ? count : new SurfaceFigure(count.start(), noun.end(), count.value(),
                "count", count.numberEnd(), noun.word(), false, false);
    }

    /**
     * The designations of one text, read in its order: a model family named once ("Boeing 787") is the same name
     * when the text writes its number alone again ("the first 787 operator").
     */
    static final class InText {
        private final List<String> families = new ArrayList<>(2);

        /**
         * As {@link ModelDesignations#endAt}, and also the end of a number the text has named a model family with
         * before, when it is no sum or measure ({@code measuredAt}).
         */
        int endAt(String text, int start, int end, IntPredicate measuredAt) {
            int designationEnd = ModelDesignations.endAt(text, start, end, measuredAt);
            if (designationEnd > 0) {
                if (end - start == FAMILY_DIGITS) {
                    families.add(text.substring(start, end));
                }
                return designationEnd;
            }
            boolean namedBefore = !families.isEmpty() && end - start == FAMILY_DIGITS
                    && families.contains(text.substring(start, end));
            return namedBefore && !measuredAt.test(end) ? end : -1;
        }
    }

    /**
     * Where the last group of a number grouped with spaces starts when that group is a designation ("22 787
     * Dreamliners"), else -1. A group joined by a comma or a point is a thousands group of one number ("22,787
     * aircraft" counts that many), and so is a number with a sum or measure written about it ({@code measuredAt}).
     */
    static int lastGroupStart(String text, NumberScanner.Token token, IntPredicate measuredAt) {
        if (!token.grouped() || !token.integer()) {
            return -1;
        }
        int groupStart = token.end() - FAMILY_DIGITS;
        if (groupStart < 1 || !NumberScanner.isSpace(text.charAt(groupStart - 1))) {
            return -1;
        }
        int variantEnd = variantEnd(text, token.end());
        boolean designation = NAMES.matches(TextWalks.spacedWordAfter(text, token.end()))
                || variantEnd > 0 && smallerVariant(text, groupStart, token.end(), variantEnd);
        return designation && !measuredAt.test(variantEnd > 0 ? variantEnd : token.end()) ? groupStart : -1;
    }

    /** Where a variant joined by a hyphen right after {@code end} ends ("-9", "-200", "-8"), or -1. */
    private static int variantEnd(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != '-' || !NumberScanner.isAsciiDigit(text.charAt(end + 1))) {
            return -1;
        }
        int k = end + 1;
        while (k < text.length() && NumberScanner.isAsciiDigit(text.charAt(k))) {
            k++;
        }
        if (k - end - 1 > VARIANT_DIGITS || k < text.length() && (text.charAt(k) == ',' || text.charAt(k) == '.')
                && k + 1 < text.length() && NumberScanner.isAsciiDigit(text.charAt(k + 1))) {
            return -1; // "1990-2000", "787-9,5": a span or a decimal, no variant
        }
        if (k + 4 <= text.length() && NumberScanner.isSpace(text.charAt(k))
                && NumberScanner.isAsciiDigit(text.charAt(k + 1))) {
            return -1; // "200-1 500": the bound of a range grouped with spaces
        }
        return k;
    }

    private static boolean smallerVariant(String text, int start, int end, int variantEnd) {
        int family = Integer.parseInt(text.substring(start, end));
        int variant = Integer.parseInt(text.substring(end + 1, variantEnd));
        return variant < family;
    }

    /** Forms of one kind: whole folded words, word beginnings (a trailing *) and words of exact case (a leading =). */
    private static final class Forms {
        private final List<String> words = new ArrayList<>();
        private final List<String> beginnings = new ArrayList<>();
        private final List<String> exact = new ArrayList<>();

        void add(String form) {
            if (form.startsWith("=")) {
                exact.add(form.substring(1));
            } else if (form.endsWith("*")) {
                beginnings.add(Words.fold(form.substring(0, form.length() - 1)));
            } else {
                words.add(Words.fold(form));
            }
        }

        boolean matches(String word) {
            if (word == null) {
                return false;
            }
            if (exact.contains(word)) {
                return true;
            }
            String folded = Words.fold(word);
            return words.contains(folded) || Words.startsWithAny(folded, beginnings);
        }
    }
}
