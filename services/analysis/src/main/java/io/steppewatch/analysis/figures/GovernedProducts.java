package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A trade metric the figure takes from outside its sentence (the sentence before, the headline) while its own
 * sentence has a noun of exports or imports that governs one product: "Uzbekistan is among the largest buyers of
 * Kazakh oilseed products. This season deliveries of vegetable oils from Kazakhstan to Uzbekistan came to $349
 * million", "поставки растительных масел в Узбекистан достигли 349 млн долларов". The figure
 * measures that product's flow (decision 57: one product's or product group's flow is `other`), whatever trade the
 * text around it speaks of. The product is read by the grammar of the trade noun, as for a figure whose own cue is
 * that noun ({@link FigureMetrics#goodsGovernedBy}): the goods after "of" or "de", the Russian genitive after it.
 * Where the sentence names goods in general (which keep their trade), the English noun may still count kinds of them
 * narrowed to one group, whatever cue gave the metric: "exports of 90 processed goods worth $200 million".
 */
final class GovernedProducts {

    private GovernedProducts() {
    }

    /**
     * Whether the nearest noun of exports or imports before the figure in its clause governs one product, where no
     * trade cue of the sentence gave the metric (or the goods in general are counted kinds of one group). Asked only
     * of money and changes read as a trade metric.
     */
    static boolean productOfASentenceWithoutTradeCue(SurfaceFigure figure, FigureContext context,
                                                     Sentences.Sentence sentence) {
        if (FigureContext.hasCue(context, sentence, "gas")) {
            return false; // gas keeps its trade in any unit (the labels' convention)
        }
        boolean goodsInGeneral = FigureMetrics.tradeInAnyUnit(context, sentence);
        if (!goodsInGeneral && ownTradeCue(context, sentence)) {
            return false; // the sentence's own trade word decides (ProductTradeNouns, FigureMetrics): asked first, cheap
        }
        List<Words.Word> words = context.words();
        String text = context.text();
        int end = context.wordStarts().at(figure.start());
        for (int at = end - 1; at >= 0 && words.get(at).start() >= sentence.start(); at--) {
            String folded = words.get(at).folded();
            if (!FigureMetrics.isTradeNoun(folded)) {
                continue;
            }
            // the nearest noun of trade before the figure, in its clause (an aside in parentheses is none:
            // "растительных масел (шрота и жмыха) из Казахстана")
            if (TextWalks.crossesClause(text, words.get(at).end(), figure.start(), true)) {
                return false;
            }
            if (goodsInGeneral) {
                // goods in general keep their trade, unless the noun counts kinds of them narrowed to one group:
                // "exports of 90 processed goods worth $200 million"
                if (!FigureMetrics.isEnglishTradeNoun(folded) || at + 3 >= end
                        || !"of".equals(words.get(at + 1).folded())) {
                    return false;
                }
                int from = words.get(at + 2).folded().chars().allMatch(Character::isDigit) ? at + 3
                        : FigureMetrics.countBetween(text, words.get(at + 1).end(), words.get(at + 2).start()) ? at + 2
                        : -1;
                return from > 0 && FigureMetrics.narrowedGoodsCounted(context, from, figure.start());
            }
            return FigureMetrics.goodsGovernedBy(figure, context, sentence, at, figure.start());
        }
        return false;
    }

    /** Whether a trade cue of the sentence itself gives the metric (then the rules on that cue decide). */
    private static boolean ownTradeCue(FigureContext context, Sentences.Sentence sentence) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.value().stream().anyMatch(c -> c.metric().startsWith("trade."))) {
                return true;
            }
        }
        return false;
    }
}
