package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A sum that is a financial stock of a state or a firm — a debt owed, a firm's charter capital, its market
 * capitalization — is no trade flow and no investment, whatever trade or investment words the sentence or the article
 * holds ("the Export-Import Bank holds 40% of the country's external debt, which amounts to $4 billion", "Iran owed
 * nearly $2 billion", "the authorized capital is 55 billion soums", "a stock market capitalization of $4 billion"):
 * {@code other}. Read when the stock word is the last word of a metric before the sum in its sentence: a trade or
 * investment cue between the two gives the sum its metric back.
 */
final class FinancialStocks {

    private FinancialStocks() {
    }

    /** Words that name a stock by themselves (whole folded words: "долгосрочный" is no debt, "owing to" no owing). */
    private static final Set<String> STOCK_WORDS = Set.copyOf(Words.foldAll("debt", "debts", "indebtedness", "owed",
            "owes", "owe", "arrears", "dette", "dettes", "endettement", "долг", "долга", "долгу", "долгом", "долге",
            "долги", "долгов", "долгам", "qarz", "qarzi", "qarzni", "qarzlari", "қарз", "қарзи", "қарзни", "қарыз",
            "қарызы", "қарызын"));
    /** Stems of stock words: "задолженность", "капитализация", "capitalization", "capitalisation". */
    private static final List<String> STOCK_STEMS = Words.foldAll("задолженн", "капитализац", "capitaliz",
            "capitalis");
    /** Words that make the capital after them a firm's own: "authorized capital", "уставный капитал". */
    private static final List<String> CHARTER_STEMS = Words.foldAll("authori", "charter", "registered", "уставн",
            "жарғылық", "ustav", "устав");
    private static final List<String> CAPITAL_STEMS = Words.foldAll("capital", "капитал", "kapital");
    /** "capital social". */
    private static final String SOCIAL = Words.fold("social");
    /** How many words before the sum the stock word may stand. */
    private static final int REACH_WORDS = 12;

    /** Whether the nearest word of a metric before the money {@code figure} in its sentence names a stock. */
    static boolean stockBefore(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (sentence == null) {
            return false;
        }
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(figure.start());
        int stock = -1;
        for (int i = first - 1; i >= 0 && i >= first - REACH_WORDS && words.get(i).start() >= sentence.start(); i--) {
            if (names(words, i)) {
                stock = i;
                break;
            }
        }
        if (stock < 0) {
            return false;
        }
        int from = words.get(stock).end();
        for (CueLexicon.Hit<List<CueLexicon.MetricCue>> hit : FigureContext.metricsIn(context, sentence)) {
            if (hit.start() >= from && hit.end() <= figure.start()) {
                return false; // "debt relief lifted trade to $2 billion": the trade cue is nearer the sum
            }
        }
        return true;
    }

    private static boolean names(List<Words.Word> words, int i) {
        String folded = words.get(i).folded();
        if (STOCK_WORDS.contains(folded)) {
            return true;
        }
        if (Words.startsWithAny(folded, STOCK_STEMS)) {
            return true;
        }
        if (Words.startsWithAny(folded, CAPITAL_STEMS)) {
            boolean charter = i > 0 && Words.startsWithAny(words.get(i - 1).folded(), CHARTER_STEMS);
            boolean social = i + 1 < words.size() && SOCIAL.equals(words.get(i + 1).folded());
            return charter || social;
        }
        return false;
    }
}
