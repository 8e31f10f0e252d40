package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * A sum or a change written as a seller's takings: the sales, revenue, earnings or proceeds of a firm, an industry, a
 * product or a market ("pharmaceutical sales there have amounted to", "объема продаж в Китае (7587 миллионов)",
 * "Выручка ... поставщиков ... оценивалась в", "әлемдік сатылымы 80%-ға өсті"). The standard counts trade, freight and
 * investment between countries; what a seller takes in is one party's flow, `other` (decisions 57 and 61: one firm's
 * or one product's money), whatever trade or investment word stands nearby. A takings word right after a word of
 * trade ("trade revenues", "export earnings", "import revenues") names the trade itself and decides nothing here.
 */
final class SellersTakings {

    /** Nouns of takings, whole (folded). */
    private static final Set<String> TAKINGS_WORDS = Set.copyOf(Words.foldAll("sales", "revenue", "revenues",
            "earnings", "takings", "proceeds", "ventes", "recettes"));
    /** Stems of takings (folded): Russian, Kazakh and Uzbek nouns in every case. */
    private static final List<String> TAKINGS_STEMS = Words.foldAll("выручк", "продаж", "сатылым", "түсім",
            "daromad", "tushum", "sotuv", "даромад", "тушум", "сотув");
    private static final WordStems TAKINGS = FigureMetrics.wordsOrStems(TAKINGS_WORDS, TAKINGS_STEMS);
    /** Words of trade that make the takings word the trade's own: "trade revenues", "export earnings". */
    private static final List<String> TRADE_STEMS = Words.foldAll("trade", "trading", "export", "import",
            "commerc", "торгов", "экспорт", "импорт", "сауда", "savdo", "eksport");
    /** How far before the figure, in its clause, the takings word may stand. */
    private static final int REACH = 100;

    private SellersTakings() {
    }

    /** Whether a money figure or a change stands in a clause that gives it as a seller's takings (class comment). */
    static boolean takings(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure, String unitClass) {
        if (!"money".equals(unitClass) && !"change".equals(unitClass)) {
            return false;
        }
        if (!FigureMetrics.names(context, sentence, TAKINGS)) {
            return false; // the sentence's answer is kept for all its figures
        }
        String text = context.text();
        int end = figure.start();
        while (end > sentence.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > sentence.start() && text.charAt(end - 1) == '(') {
            end--; // a sum in brackets after a place ("продаж в Китае (7587 миллионов)"): the clause ends at the bracket
        } else {
            end = figure.start();
        }
        List<Words.Word> words = context.words();
        int from = context.wordStarts().at(Math.max(sentence.start(), figure.start() - REACH));
        for (int i = from; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.end() > figure.start()) {
                break;
            }
            if (!TAKINGS.startsAny(word) || TextWalks.crossesClause(text, word.end(), end, true)) {
                continue;
            }
            if (i > 0 && words.get(i - 1).start() >= sentence.start()
                    && Words.startsWithAny(words.get(i - 1).folded(), TRADE_STEMS)
                    && !TextWalks.crossesClause(text, words.get(i - 1).end(), word.start())) {
                continue; // "trade revenues", "export earnings": the trade's own words
            }
            return true;
        }
        return false;
    }
}
