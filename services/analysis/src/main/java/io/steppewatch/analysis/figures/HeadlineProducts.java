package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Decision 9 of round 31 (`LABEL-FIXES.md`): a trade figure counts the goods its article is about. Where the headline
 * speaks of one product's exports, imports or trade ("Kazakhstan boosts grain exports", "импорт легковых
 * автомобилей", "sabzi eksporti"), a sum or a change of trade whose own sentence names no goods ("Exports to
 * Uzbekistan rose by 35 percent") goes on with that product, and is `other` like any product's flow, unless its
 * sentence makes it the country's whole trade: a country owning the noun of trade ("Kyrgyzstan's exports",
 * "казахстанский экспорт"), a word of the whole ("total", "foreign trade", "общий", "jami"), goods in general or trade
 * in physical terms, gas (whose trade the labels keep in any unit), or the turnover between two countries. A whole
 * named in the paragraph before counts too, unless that sentence names a product ("overall grain exports"): the bare
 * exports and imports that follow a paragraph on a country's foreign trade are its parts.
 */
final class HeadlineProducts {

    private static final Pattern OWNER_GAP = Pattern.compile("\\s*(?:['’]s?)?\\s*(?:\\d{4}\\s*)?");
    private static final Pattern OWNER_AFTER = Pattern.compile(
            "\\s*(?:(?:of|from|du|de|des|d'|d’|из)\\s*(?:the\\s+|la\\s+|l'|l’)?)?");
    private static final Set<String> DESTINATION = Set.of("to", "into", "towards", "in", "vers", "au", "aux", "en",
            "в", "во", "к", "ко");
    /** Articles between a word of destination and the country ("vers l'Iran", "to the Kyrgyz Republic"). */
    private static final Set<String> ARTICLES = Set.of("l", "la", "le", "les", "the");
    /** Words by which a sentence speaks of the whole trade, not one product's. */
    private static final Set<String> WHOLE = WordSet.copyOf(Words.foldAll("total", "overall", "foreign", "external",
            "totale", "totales", "global", "globale", "exterieur", "exterieure", "exterieurs", "общий", "общая",
            "общего", "общем", "общую", "общей", "совокупный", "совокупного", "совокупном", "внешней", "внешнеторговый",
            "внешнеторгового", "внешнеторговом", "внешнеторговая", "внешнеторговой", "jami", "umumiy", "tashqi",
            "жалпы", "сыртқы", "жами", "умумий", "ташқи",
            // the trade of two countries with each other, and the rest of trade beside the product
            "mutual", "bilateral", "bilaterale", "bilateraux", "mutuels", "mutuelle", "взаимная", "взаимной",
            "взаимную", "взаимный", "взаимного", "взаимном", "взаимные", "двусторонний", "двустороннего",
            "двустороннем", "двусторонняя", "двусторонней", "двустороннюю", "ozaro", "узаро", "өзара"));
    /** Words of the rest of trade beside the product, when a noun of trade follows ("all other exports"). */
    private static final Set<String> REST = WordSet.copyOf(Words.foldAll("other", "autres", "другие", "прочие",
            "остальные", "остальной"));
    private static final int PRODUCT_REACH = 3;

    private HeadlineProducts() {
    }

    /** Whether the figure, read as trade in the sentence, is rather the flow of the article's product. */
    static boolean continuesTheArticlesProduct(FigureContext context, Sentences.Sentence sentence,
                                               SurfaceFigure figure, String metric) {
        if (!context.productTradeHeadline() || FigureMetrics.tradeInAnyUnit(context, sentence)
                || namesTheWhole(context, sentence) || tradeOwnedByACountry(context, sentence, figure)) {
            return false;
        }
        return !"trade.turnover".equals(metric)
                || Mention.atMostOneCode(context.mentionsIn(sentence.start(), sentence.end()),
                        m -> m.kind() == PlaceKind.COUNTRY && m.end() <= sentence.end());
    }

    /**
     * Whether the figure's sentence, its paragraph or the paragraph before says the whole trade ("total", "foreign
     * trade", "mutual trade") in a sentence that names no product ("overall grain exports" is still the grain's).
     */
    private static boolean namesTheWhole(FigureContext context, Sentences.Sentence sentence) {
        for (Sentences.Sentence s : context.sentences()) {
            boolean near = s.paragraph() == sentence.paragraph();
            boolean before = s.paragraph() == sentence.paragraph() - 1
                    && !FigureContext.hasCue(context, s, "commodity");
            if ((near || before) && saysTheWholeTrade(context, s)) {
                return true;
            }
            if (s.start() > sentence.end() && s.paragraph() != sentence.paragraph()) {
                break;
            }
        }
        return false;
    }

    /** How many words from a word of the whole its noun of trade may stand ("total volume of exports"). */
    private static final int WHOLE_REACH = 3;

    /**
     * As {@link #saysTheWhole}, for the article's product: a word of the whole speaks of the whole trade only beside a
     * noun of trade ("total exports", "le commerce extérieur", "общий объем экспорта"), not where it measures something
     * else ("jumped 40 times to a total of 200,000 tons": decision 57, nothing there makes the flow the whole).
     */
    private static boolean saysTheWholeTrade(FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.wordsOf(sentence);
        List<CueLexicon.Hit<List<CueLexicon.MetricCue>>> trade = null;
        for (int i = 0; i < words.size(); i++) {
            if (!WHOLE.contains(words.get(i).folded())) {
                if (REST.contains(words.get(i).folded()) && saysTheWhole(context, sentence)) {
                    return true;
                }
                continue;
            }
            if (trade == null) {
                trade = FigureContext.metricsIn(context, sentence).stream().filter(HeadlineProducts::namesTrade).toList();
            }
            int from = words.get(Math.max(0, i - WHOLE_REACH)).start();
            int to = words.get(Math.min(words.size() - 1, i + WHOLE_REACH)).start();
            for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : trade) {
                if (hit.start() >= from && hit.start() <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean saysTheWhole(FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.wordsOf(sentence);
        for (int i = 0; i < words.size(); i++) {
            if (WHOLE.contains(words.get(i).folded())) {
                return true;
            }
            if (REST.contains(words.get(i).folded()) && i + 1 < words.size()) {
                int next = words.get(i + 1).start();
                for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
                    if (hit.start() == next && namesTrade(hit)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean tradeOwnedByACountry(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        CueLexicon.Hit<List<CueLexicon.MetricCue>> own = null;
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (!namesTrade(hit)) {
                continue;
            }
            if (hit.end() <= figure.start() || own == null) {
                own = hit;
            }
            if (hit.end() > figure.start()) {
                break;
            }
        }
        if (own == null) {
            return false;
        }
        String text = context.text();
        for (Mention m : context.mentions()) {
            if (m.start() >= own.end() && m.kind() == PlaceKind.COUNTRY && m.end() <= sentence.end()
                    && OWNER_AFTER.matcher(Words.fold(text.substring(own.end(), m.start()))).matches()) {
                return true;
            }
            if (m.start() >= own.start()) {
                continue;
            }
            if (m.kind() == PlaceKind.COUNTRY && m.end() <= own.start() && m.start() >= sentence.start()
                    && (OWNER_GAP.matcher(text.substring(m.end(), own.start())).matches()
                        || !placeOfDestination(context, m))) {
                return true;
            }
        }
        return false;
    }

    /** Whether these words (a headline, a lead) name a product next to a noun of its trade ("grain exports"). */
    static boolean namesAProductsTrade(List<Words.Word> words, List<CueLexicon.Hit<String>> cues,
                                       List<CueLexicon.Hit<List<CueLexicon.MetricCue>>> metrics) {
        for (CueLexicon.Hit<String> product : cues) {
            if (!"commodity".equals(product.value())) {
                continue;
            }
            for (CueLexicon.Hit<List<CueLexicon.MetricCue>> trade : metrics) {
                if (namesTrade(trade) && wordsBetween(words, product, trade) <= PRODUCT_REACH) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int wordsBetween(List<Words.Word> words, CueLexicon.Hit<?> a, CueLexicon.Hit<?> b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        int n = 0;
        for (Words.Word word : words) {
            if (word.start() >= from && word.end() <= to) {
                n++;
            }
        }
        return n;
    }

    private static boolean placeOfDestination(FigureContext context, Mention m) {
        int at = context.wordStarts().at(m.start()) - 1;
        if (at > 0 && ARTICLES.contains(context.words().get(at).folded())) {
            at--; // "les expéditions vers l'Iran", "exports to the Kyrgyz Republic"
        }
        return at >= 0 && DESTINATION.contains(context.words().get(at).folded());
    }

    private static boolean namesTrade(CueLexicon.Hit<List<CueLexicon.MetricCue>> hit) {
        return hit.value().stream().anyMatch(c -> "trade.exports".equals(c.metric())
                || "trade.imports".equals(c.metric()) || "trade.turnover".equals(c.metric()));
    }
}
