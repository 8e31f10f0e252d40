package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A sum the sentence gives as funding from a named country (a sum "in funding from" a country, or factories worth
 * some millions "funded by" investors of a country): decision 61 of round 38 makes what one country "plans
 * to invest or to provide as funding in the other" {@code investment.total}, and names the plants funded by Uzbek
 * investors among its examples. The funding word must follow the sum closely, and "from" or "by" must join it to the
 * country; loans, credits, grants and aid stay {@code other} (the same decision), and so does financing by a bank or
 * a firm, which names no country right after "by".
 */
final class FundingProviders {

    /** The words of funding, whole and folded ("financing" is a bank's or a firm's word in the labels: left out). */
    private static final Set<String> FUNDING_WORDS = Set.copyOf(Words.foldAll("funding", "funded"));
    /** The words that join funding to whoever provides it. */
    private static final Set<String> PROVIDER_WORDS = Set.copyOf(Words.foldAll("from", "by"));
    /** Words that make the sum a loan, a credit, a grant or aid (decision 61's `other`). */
    private static final Set<String> LENDING_WORDS = Set.copyOf(Words.foldAll("loan", "loans", "credit", "credits",
            "grant", "grants", "aid", "lend", "lending"));
    /** How many words after the sum the funding word may stand ("$500 million in promised funding"). */
    private static final int REACH = 4;

    private FundingProviders() {
    }

    /** Whether a money figure is followed closely by funding from or by a country the sentence names. */
    static boolean fundedByACountry(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        int first = context.wordStarts().at(figure.end());
        for (int i = first; i < words.size() && i <= first + REACH && words.get(i).end() <= sentence.end(); i++) {
            if (!FUNDING_WORDS.contains(words.get(i).folded())) {
                continue;
            }
            int join = i + 1;
            if (join < words.size() && PROVIDER_WORDS.contains(words.get(join).folded())
                    && join + 1 < words.size() && countryAt(context, words.get(join + 1), sentence)) {
                return !lends(context, sentence);
            }
            return false;
        }
        return false;
    }

    /** Whether a country of the sentence is named starting at this word. */
    private static boolean countryAt(FigureContext context, Words.Word word, Sentences.Sentence sentence) {
        for (Mention mention : context.mentionsIn(sentence.start(), sentence.end())) {
            if (mention.kind() == PlaceKind.COUNTRY && mention.start() == word.start()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names a loan, a credit, a grant or aid. */
    private static boolean lends(FigureContext context, Sentences.Sentence sentence) {
        for (Words.Word word : context.wordsOf(sentence)) {
            if (LENDING_WORDS.contains(word.folded())) {
                return true;
            }
        }
        return false;
    }
}
