package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.Words;

/**
 * A country named as the owner of the goods a line carries, by an adjective or a genitive right beside the goods word:
 * "Kazakh oil shipped in the direction of the Baku-Tbilisi-Ceyhan pipeline", "транзит 10 млн тонн российской нефти",
 * "le pétrole kazakh". On a named line or route that country is the freight's shipper (LABEL-FIXES decision 45 of round
 * 37: one country's freight on a line takes the country it comes from, then the countries of the way), and the line's
 * countries alone leave it out. "Russian oil pipeline operator Transneft" names a line's operator, not goods: a goods
 * word followed by a word of a line or a firm owns nothing. Stateless.
 */
final class GoodsOwners {

    private GoodsOwners() {
    }

    /** Goods carried in bulk on a line (folded stems), in en, ru, fr, kk, uz. */
    private static final Stems GOODS_STEMS = Stems.copyOf(Words.foldAll("oil", "crude", "gas", "grain", "coal",
            "wheat", "нефт", "газ", "зерн", "угл", "пшениц", "petrole", "brut", "gaz", "cereale", "charbon", "ble",
            "мұнай", "астық", "көмір", "бидай", "neft", "gaz", "ko'mir", "komir", "bug'doy", "g'alla"));
    /** Words after a goods word that make it name a line, a firm or a trade, not the goods themselves. */
    private static final Stems NOT_GOODS_STEMS = Stems.copyOf(Words.foldAll("pipeline", "line", "company",
            "companies", "firm", "operator", "producer", "field", "industry", "sector", "terminal", "trader",
            "компани", "оператор", "месторожд", "отрасл", "compagnie", "societe", "operateur", "gisement", "secteur",
            "industrie"));

    /**
     * Whether the country of {@code m} owns the goods a word beside it names: the goods word right after it
     * ("Kazakh oil", "российской нефти") or right before it ("pétrole kazakh", "oil of Kazakhstan" is not read).
     */
    static boolean owns(Mention m, List<Words.Word> words) {
        int after = Subjects.indexAt(words, m.end());
        if (after < words.size() && words.get(after).start() >= m.end() && isGoods(after, words)) {
            return true;
        }
        int before = Subjects.wordBefore(m, words);
        return before >= 0 && before == Subjects.indexAt(words, m.start()) - 1 && isGoods(before, words);
    }

    private static boolean isGoods(int i, List<Words.Word> words) {
        if (!Words.startsWithAny(words.get(i).folded(), GOODS_STEMS)) {
            return false;
        }
        return i + 1 >= words.size() || !Words.startsWithAny(words.get(i + 1).folded(), NOT_GOODS_STEMS);
    }
}
