package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A sum given as what papers are for: "signé des contrats pour 18 milliards", "des accords
 * ont été conclus pour six milliards", "agreements for $10 billion", "контракты на $1,6 млрд", or a list of papers
 * signed whose items end on their sums ("- Инвестиционное соглашение между ... о строительстве ... - 800 млн евро;").
 * Decision 61 of round 38: the worth of agreements, contracts, documents or deals (investment agreements included) is
 * `other`, whatever word of trade, investment or joint projects stands near it. {@link DealWorths} reads the sum joined
 * to its deal word by words of worth ("deals worth", "d'une valeur de", "на сумму"); this reads the two shapes it leaves:
 * the deal word joined to the sum by a bare "for" (`pour`, `на`), with at most a few words of its verb between ("ont
 * été ainsi", "were signed"), and a list item that opens on the paper's name and closes on its sum after a dash.
 */
final class PaperWorths {

    /** The words that make the sum what the papers are for (folded). */
    private static final Set<String> LINKS = Set.copyOf(Words.foldAll("for", "pour", "на"));
    /** Small words that may stand between the link and the sum: "pour plus de", "for more than", "на более чем". */
    private static final Set<String> APPROXIMATORS = Set.copyOf(Words.foldAll("plus", "de", "d", "pres", "environ",
            "quelque", "more", "than", "over", "about", "around", "nearly", "almost", "some", "a", "total", "un", "une",
            "более", "чем", "около", "свыше", "почти", "порядка", "общую"));
    /** How many words (a verb and its auxiliaries) may stand between the deal word and the link. */
    private static final int VERB_WORDS = 3;
    /** How far before the sum the deal word may end. */
    private static final int REACH = 60;
    /** How far into its sentence the paper's name may start when a list item opens on it. */
    private static final int ITEM_OPENING = 30;

    private PaperWorths() {
    }

    /** Whether a money figure is the worth of papers in one of the two shapes of the class comment. */
    static boolean worthOfPapers(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        CueLexicon.Hit<String> first = null;
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if (!"deal".equals(hit.value()) || hit.end() > figure.start()) {
                continue;
            }
            if (first == null) {
                first = hit;
            }
            if (figure.start() - hit.end() <= REACH && forPapers(context, sentence, hit, figure)) {
                return !DealWorths.talkedAbout(context, sentence);
            }
        }
        return first != null && listedPaper(context, sentence, first, figure)
                && !DealWorths.talkedAbout(context, sentence);
    }

    /** "des contrats pour plus de 18 milliards": deal word, at most a verb, the link, approximators, the sum. */
    private static boolean forPapers(FigureContext context, Sentences.Sentence sentence, CueLexicon.Hit<String> deal,
                                     SurfaceFigure figure) {
        String text = context.text();
        if (TextWalks.crossesClause(text, deal.end(), figure.start())) {
            return false;
        }
        List<Words.Word> words = context.words();
        int verbs = 0;
        boolean linked = false;
        for (int i = context.wordStarts().at(deal.end()); i < words.size() && words.get(i).start() < figure.start(); i++) {
            Words.Word word = words.get(i);
            if (word.end() <= deal.end()) {
                continue;
            }
            String folded = word.folded();
            if (linked) {
                if (!APPROXIMATORS.contains(folded)) {
                    return false;
                }
            } else if (LINKS.contains(folded)) {
                linked = true;
            } else if (++verbs > VERB_WORDS || Words.hasDigit(folded, 0, folded.length())
                    || metricCueAt(context, sentence, word)) {
                return false; // "contracts to raise trade for ...": a word of the metric says what the sum is
            }
        }
        return linked;
    }

    /** "- Инвестиционное соглашение между ... - 800 млн евро;": an item opening on a paper, closing on its sum. */
    private static boolean listedPaper(FigureContext context, Sentences.Sentence sentence, CueLexicon.Hit<String> deal,
                                       SurfaceFigure figure) {
        String text = context.text();
        if (deal.start() - sentence.start() > ITEM_OPENING) {
            return false;
        }
        if (Words.hasDigit(text, sentence.start(), deal.start())) {
            return false;
        }
        int at = figure.start();
        List<Words.Word> words = context.words();
        int i = context.wordStarts().at(deal.end());
        int lastWordEnd = -1;
        for (; i < words.size() && words.get(i).end() <= at; i++) {
            lastWordEnd = words.get(i).end(); // the last word before the sum
        }
        int dash = -1;
        for (int j = Math.max(lastWordEnd, deal.end()); j < at; j++) {
            char c = text.charAt(j);
            if (c == '-' || c == '–' || c == '—') {
                dash = j;
            } else if (!Character.isWhitespace(c)) {
                return false; // only the dash between the paper's words and the sum
            }
        }
        if (dash <= 0 || !Character.isWhitespace(text.charAt(dash - 1))) {
            return false;
        }
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.start() >= deal.end() && hit.start() < at
                    && hit.value().stream().anyMatch(c -> c.metric().startsWith(FigureAnnotator.TRADE))) {
                return false; // "Договор ... товарооборот - $5 млрд": the item names the trade the sum is
            }
        }
        return true;
    }

    private static boolean metricCueAt(FigureContext context, Sentences.Sentence sentence, Words.Word word) {
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.start() < word.end() && hit.end() > word.start()) {
                return true;
            }
        }
        return false;
    }
}
