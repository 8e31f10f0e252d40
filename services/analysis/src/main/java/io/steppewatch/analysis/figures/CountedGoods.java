package io.steppewatch.analysis.figures;

import java.util.Set;

import io.steppewatch.analysis.text.Words;

/**
 * Counts of goods, products or kinds of them ("some 50 goods, most of them dual-use, are watched", "sells 70
 * kinds of goods", "106 наименований товаров"). Decision 62 of round 38: `visits.count` counts official visits, and
 * a ledger word in a sentence before ("In a visit on February 26 ...") does not make a count of goods one; so a count
 * whose counted noun is a thing traded stays `other`.
 */
final class CountedGoods {

    /** Counted nouns of goods and their kinds (folded). */
    private static final Set<String> GOODS_NOUNS = Set.copyOf(Words.foldAll("goods", "types", "kinds", "items",
            "products", "commodities", "product", "товаров", "товара", "видов", "наименований", "позиций",
            "marchandises", "produits", "biens", "articles", "tovar", "turdagi", "тауар"));

    private CountedGoods() {
    }

    /** Whether the figure counts goods or kinds of goods by its counted noun. */
    static boolean countsGoods(SurfaceFigure figure) {
        return figure.noun() != null && GOODS_NOUNS.contains(figure.noun());
    }
}
