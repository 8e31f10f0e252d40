package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;

/**
 * A freight total and the parts one sentence splits off it with "including", "of which", "в том числе", "dont",
 * "оның ішінде", "shundan" ("21 million tonnes are to cross the border, 9 million of them from China and 12 million
 * tonnes of freight the other way"; "9,5 млн тонна мұнай, 2 млн тонна болат ... жүк тасымалданды" after "Соның
 * ішінде"): the total and every part measure one freight, so where one of them is read as a line's freight
 * ({@code cargo.volume} in tonnes, {@code cargo.containers} in containers) those read {@code other} measure it too
 * (decision 56 of round 38: the parts a carrier's report splits off its total keep the total's metric). The cue may
 * stand by any one of them: in Kazakh and Uzbek the verb of carriage closes the sentence after the last part; in
 * English the part's own verb ("of which 3 million tons will go by rail") names what the total is.
 *
 * <p>A tonnage read {@code other} between the parties of a trade metric is a product's flow the reading meant
 * (wheat exports "dont 4 millions déjà expédiées": decision 68) and keeps {@code other}, whatever its part
 * was read as.
 *
 * <p>A post-pass over one text's figures: only a sentence holding both a freight figure and an {@code other} one of
 * the same unit is read at all, and only then is the link looked for in it.
 */
final class FreightTotalParts {

    /** The link that splits parts off a total, in any of the languages (lower-cased text). */
    private static final Pattern PART_LINK = Pattern.compile("\\b(?:including|of which|of these|of them|among them"
            + "|dont|parmi (?:eux|elles|lesquel)|в том числе|в т\\.\\s?ч|из них|из которых|из этого"
            + "|(?:о|со|бұ)ның ішінде|(?:o|so)ny[ńn] ishinde|shundan|shu jumladan|jumladan|шундан|шу жумладан|жумладан)"
            + "(?![\\p{L}])", Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How many characters from the sentence's start a link may stand and open the whole sentence's list of parts. */
    private static final int OPENING_CHARS = 20;
    private static final Set<String> TONNES = Set.of("t");
    private static final Set<String> CONTAINERS = Set.of("count", "TEU");
    private static final String CARGO_VOLUME = "cargo.volume";
    private static final String CONTAINERS_METRIC = "cargo.containers";
    private static final String TRADE = "trade.";

    private FreightTotalParts() {
    }

    /** The figures, with the {@code other} parts and totals of a freight split in one sentence given its metric. */
    static List<ExtractedFigure> withFreightMetric(List<ExtractedFigure> figures, String text,
                                                   List<Sentences.Sentence> sentences) {
        List<ExtractedFigure> out = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            String metric = freightMetric(f);
            if (metric == null || f.offset() < 0) {
                continue;
            }
            // the cheap test first: an `other` figure of the same unit in the same sentence
            Sentences.Sentence sentence = null;
            for (int j = 0; j < figures.size(); j++) {
                ExtractedFigure g = figures.get(j);
                if (j == i || g.offset() < 0 || !FigureAnnotator.OTHER.equals(g.metric()) || !g.unit().equals(f.unit())
                        || g.measure() == Measure.SHARE || !g.sentence().equals(f.sentence())
                        || g.relation().startsWith(TRADE)) {
                    // a tonnage read `other` between a trade's parties is a product's flow (decision 68): it stays
                    continue;
                }
                if (sentence == null) {
                    sentence = sentences.get(FigureContext.sentenceOf(sentences, f.offset()));
                }
                if (!oneSplit(f, g, figures, text, sentence)) {
                    continue;
                }
                if (out == null) {
                    out = new ArrayList<>(figures);
                }
                String relation = FigureAnnotator.OTHER.equals(g.relation()) ? metric : g.relation();
                out.set(j, g.withMetric(metric, relation));
            }
        }
        return out == null ? figures : out;
    }

    /** The freight metric a figure is read with, if its unit fits it; else null. */
    private static String freightMetric(ExtractedFigure f) {
        if (CARGO_VOLUME.equals(f.metric()) && TONNES.contains(f.unit())) {
            return CARGO_VOLUME;
        }
        if (CONTAINERS_METRIC.equals(f.metric()) && CONTAINERS.contains(f.unit())) {
            return CONTAINERS_METRIC;
        }
        return null;
    }

    /**
     * Whether two figures of one unit in one sentence belong to one split: the first link of the sentence opens the
     * parts; every figure of the unit after it is a part, and the last one of the unit before it is the total. A link
     * that opens the sentence splits a total said before, and every figure of the unit in the sentence is a part.
     */
    private static boolean oneSplit(ExtractedFigure a, ExtractedFigure b, List<ExtractedFigure> figures, String text,
                                    Sentences.Sentence sentence) {
        int start = sentence.start();
        int end = Math.min(sentence.end(), text.length());
        if (a.offset() < start || b.offset() < start || a.offset() >= end || b.offset() >= end) {
            return false;
        }
        Matcher link = PART_LINK.matcher(text).region(start, end);
        if (!link.find()) {
            return false;
        }
        int at = link.start();
        if (at - start <= OPENING_CHARS && at < Math.min(a.offset(), b.offset())) {
            return true; // "Of these, 9.5 million tonnes of oil, 2 million tonnes of steel ... were carried"
        }
        int total = -1; // the offset of the last figure of the unit before the link
        for (ExtractedFigure f : figures) {
            if (f.offset() >= start && f.offset() < at && f.unit().equals(a.unit())) {
                total = Math.max(total, f.offset());
            }
        }
        return total >= 0 && inSplit(a, total, at) && inSplit(b, total, at);
    }

    private static boolean inSplit(ExtractedFigure f, int total, int link) {
        return f.offset() == total || f.offset() > link;
    }
}
