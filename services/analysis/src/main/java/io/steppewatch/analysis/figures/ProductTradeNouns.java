package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A product named right beside the noun or verb of trade a figure takes its metric from, however far the figure
 * stands from them in its sentence: "textile product exports to the European market grew, reaching $177 million",
 * "12,000 cattle were exported in the first half, up 300%", "Почти в пять раз вырос экспорт казахстанского зерна в
 * Иран", "могут увеличить поставки зерна в пять раз". The figure measures that product's flow, which the labels file
 * as `other` (team a: product-category flows of a country are `other`; decision of round 26 on a commodity shipped
 * abroad), not the trade between the countries. The reach of {@code FigureAnnotator.tradeOfAProduct} is the distance
 * from the product to the figure; this reads the grammar of the trade noun instead, so a change stated at the end of a
 * long clause, or before the noun it belongs to, is read the same as one next to it.
 */
final class ProductTradeNouns {

    private ProductTradeNouns() {
    }

    /**
     * Words that may stand between a product and the trade word after it: goods in general narrowed by the product
     * ("textile product exports", "produits agricoles"), and the auxiliaries of a passive ("cattle were exported").
     */
    private static final Set<String> BETWEEN_BEFORE = Set.copyOf(Words.foldAll("product", "products", "goods",
            "industry", "were", "was", "is", "are", "been", "being", "has", "have", "had"));
    /**
     * Words that may stand between a trade noun and the product after it: "of" and its French forms ("exports of
     * wheat", "exportations de blé"), and adjectives in the Russian genitive ("экспорт казахстанского зерна").
     */
    private static final Set<String> LINKS_AFTER = Set.copyOf(Words.foldAll("of", "de", "d", "du", "des"));
    private static final List<String> GENITIVE_ADJECTIVE_ENDINGS = Words.foldAll("ого", "его", "ой", "ей", "ых",
            "их");
    /** How many such words may stand between the product and the trade word. */
    private static final int MAX_BETWEEN = 2;

    /**
     * Whether the trade word the figure takes its metric from (the last metric cue before it in its sentence, else
     * the first after it in its clause) is one of exports or imports with a product right beside it.
     */
    static boolean productBesideOwnTradeWord(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        CueLexicon.Hit<List<CueLexicon.MetricCue>> own = ownCue(figure, context, sentence);
        if (own == null || own.value().stream().noneMatch(c -> "trade.exports".equals(c.metric())
                || "trade.imports".equals(c.metric())) || FigureMetrics.tradeInAnyUnit(context, sentence)) {
            return false; // gas keeps its trade in any unit (the labels' convention)
        }
        return productBeside(own, context, sentence);
    }

    /** Beginnings of the nouns of carriage: "grain transportation", "погрузка зерна", "перевалка нефти". */
    private static final List<String> CARRIAGE_STEMS = Words.foldAll("transport", "loading", "transship",
            "tranship", "handling", "carriage", "chargement", "transbord", "перевоз", "перевалк", "погрузк",
            "транспортировк", "тасымал", "tashish", "ташиш");

    /**
     * Whether the word of freight the figure takes its metric from is a noun of carriage with a product right beside
     * it ("last year grain transportation to Tajikistan grew by 20%", "Grain loading to Iran doubled", "выросла
     * перевалка нефти"): the product carried is freight (decision of 2026-12-04, "a product carried by rail": tonnes
     * of a product a text counts as carried, loaded or transported, and their changes, are `cargo.volume`), whatever
     * buyer country the sentence goes on to name; a product sent or exported to a buyer stays its flow.
     */
    static boolean productBesideOwnCarriageWord(SurfaceFigure figure, FigureContext context,
                                                Sentences.Sentence sentence) {
        CueLexicon.Hit<List<CueLexicon.MetricCue>> own = ownCue(figure, context, sentence);
        if (own == null || own.value().stream().noneMatch(c -> "cargo.volume".equals(c.metric()))) {
            return false;
        }
        List<Words.Word> words = context.words();
        int at = context.wordStarts().at(own.start());
        return at < words.size() && Words.startsWithAny(words.get(at).folded(), CARRIAGE_STEMS)
                && productBeside(own, context, sentence);
    }

    /**
     * The figure's own metric cue: the last before it in its sentence, else the first after it in its clause (a cue
     * that starts at or after the figure's end), or null.
     */
    static CueLexicon.Hit<List<CueLexicon.MetricCue>> ownCue(SurfaceFigure figure, FigureContext context,
                                                                       Sentences.Sentence sentence) {
        CueLexicon.Hit<List<CueLexicon.MetricCue>> own = null;
        CueLexicon.Hit<List<CueLexicon.MetricCue>> next = null;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.end() > figure.start()) {
                next = hit.start() >= figure.end() ? hit : null;
                break;
            }
            own = hit;
        }
        if (own == null && next != null && !TextWalks.crossesClause(context.text(), figure.end(), next.start())) {
            own = next;
        }
        return own;
    }

    /** Whether a product (a `commodity` cue) stands right before or after the cue {@code own}. */
    private static boolean productBeside(CueLexicon.Hit<List<CueLexicon.MetricCue>> own, FigureContext context,
                                         Sentences.Sentence sentence) {
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (!"commodity".equals(hit.value())) {
                continue;
            }
            if (hit.end() <= own.start() && joined(context, hit.end(), own.start(), true)
                    || hit.start() >= own.end() && joined(context, own.end(), hit.start(), false)) {
                return true;
            }
        }
        return false;
    }

    /** Whether only a few words of the allowed kind, in one clause, stand between {@code from} and {@code to}. */
    private static boolean joined(FigureContext context, int from, int to, boolean productFirst) {
        if (TextWalks.crossesClause(context.text(), from, to)) {
            return false;
        }
        List<Words.Word> words = context.words();
        int count = 0;
        for (int i = context.wordStarts().at(from); i < words.size() && words.get(i).end() <= to; i++) {
            String folded = words.get(i).folded();
            boolean allowed = productFirst ? BETWEEN_BEFORE.contains(folded)
                    : LINKS_AFTER.contains(folded) || Words.endsWithAny(folded, GENITIVE_ADJECTIVE_ENDINGS);
            if (!allowed || ++count > MAX_BETWEEN) {
                return false;
            }
        }
        return true;
    }
}
