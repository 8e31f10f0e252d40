package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * A sum that the verb of investing governs in a form no investment already made takes (the infinitive, a gerund of
 * intent, the future) is money still to be put in, a goal or a pledge (the standard's `target`): "interested in
 * investing $500 million in the line", "a pledge to invest $500 million", "договорились вложить $5 млн", "le
 * gouvernement investira 230 milliards de tenges", Uzbek "10 million dollar sarmoya kiritish yo'li bilan" (by way of
 * investing). The past ("invested", "вложили", "a investi", "kiritgan") and the progressive of English ("is actively
 * investing $4 billion") are money put in, and stay `amount`. Round 48 (alerts48): dev c-en-020, h-en-015, s-en-017,
 * y-ru-004, za-fr-001, zk-en-007, zm-en-007, zm-fr-010, zt-uz-001 labelled `target` and read `amount`. Stateless.
 */
final class InvestmentToCome {

    /** Forms of investing that name money still to be put in (an English bare "invest" only as an infinitive). */
    private static final Set<String> TO_COME = WordSet.of("invest", "investing", "investir", "investira", "investiront",
            "investirait", "investiraient", "вложить", "вложит", "вложат", "вложим", "инвестировать");
    /** What makes a bare "invest" an infinitive: "to", a modal. */
    private static final Set<String> INFINITIVE_MARKERS = WordSet.of("to", "will", "would", "could", "may", "might",
            "can", "should", "shall", "must");
    /** Forms of "be" that make "investing" a progressive, money being put in now. */
    private static final Set<String> BE = WordSet.of("is", "are", "was", "were", "been", "be", "am");
    /** Uzbek verbal noun and future of "kiritmoq" (to put in), after "sarmoya" / "investitsiya". */
    private static final Set<String> UZBEK_TO_COME = WordSet.of("kiritish", "kiritiladi", "kiritadi", "kiritishni",
            "киритиш", "киритилади", "киритади", "киритишни");
    private static final Set<String> UZBEK_INVESTMENT = WordSet.of("sarmoya", "investitsiya", "investitsiyalar",
            "сармоя", "инвестиция", "инвестициялар");
    /** Words between the verb and the sum at most (hedges, a place, "in the project"). */
    private static final int REACH = 6;

    private InvestmentToCome() {
    }

    /** Whether {@code figure}, a sum, is governed by a verb of investing still to come. */
    static boolean toCome(FigureContext context, SurfaceFigure figure) {
        if (!figure.isMoney()) {
            return false;
        }
        String text = context.text();
        List<Words.Word> words = context.words();
        int before = context.wordStarts().at(figure.start()) - 1;
        for (int k = before; k >= 0 && k > before - REACH; k--) {
            Words.Word word = words.get(k);
            if (TextWalks.crossesClause(text, word.end(), figure.start())
                    || TextWalks.hasSentenceBreak(text, word.end(), figure.start())) {
                break;
            }
            String folded = word.folded();
            if (TO_COME.contains(folded)) {
                if ("invest".equals(folded)) {
                    return k >= 1 && INFINITIVE_MARKERS.contains(words.get(k - 1).folded());
                }
                if ("investing".equals(folded)) {
                    return !(k >= 1 && BE.contains(words.get(k - 1).folded()))
                            && !(k >= 2 && BE.contains(words.get(k - 2).folded()));
                }
                return true;
            }
        }
        return uzbekToCome(context, figure);
    }

    /** "10 million dollar sarmoya kiritish": the noun of investment and the verbal noun or future right after the sum. */
    private static boolean uzbekToCome(FigureContext context, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int next = context.wordStarts().at(figure.end());
        if (next + 1 >= words.size() || words.get(next).start() - figure.end() > 2
                || !UZBEK_INVESTMENT.contains(words.get(next).folded())) {
            return false;
        }
        return UZBEK_TO_COME.contains(words.get(next + 1).folded());
    }
}
