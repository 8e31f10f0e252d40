package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Companies a measure is taken against: "more than 30 legal entities were restricted", "the package will target 52
 * more companies suspected of shipping banned goods", "ограничило поставку технологий для 12 компаний из России". They
 * are targets of an authority's act, not companies operating in the host, so their count is {@code other} (decision 60
 * of round 38: "companies listed, designated or sanctioned"), whatever word the text uses for the act; the sanctions
 * cue already catches "sanctioned" and "blacklisted". A list item ("- 10 Russian companies,") is read with the
 * sentence just before it, which opens its list ("Sanctions are imposed against:").
 */
final class CompaniesActedAgainst {

    /** Words of an act against firms, whole (folded). */
    private static final Set<String> ACT_WORDS = Set.copyOf(Words.foldAll("restricted", "targeted", "banned",
            "blocked", "suspected", "accused", "ciblee", "ciblees", "visees", "interdites", "soupconnees", "accusees"));
    /** Beginnings of such words: "ограничило", "запретили", "заподозренных", "обвиняемых". */
    private static final List<String> ACT_STEMS = Words.foldAll("ограничил", "запретил", "заподозр", "обвиня");
    /** Either, answered once per word and per sentence ({@link FigureMetrics#names}). */
    private static final WordStems ACT = FigureMetrics.wordsOrStems(ACT_WORDS, ACT_STEMS);
    /** Marks that open a list item. */
    private static final String ITEM_MARKS = "-–—•*";

    private CompaniesActedAgainst() {
    }

    /**
     * Whether a count of companies stands in a sentence that tells of an act on them, or is a list item right after a
     * sentence that does ({@code previous}: the sentence before, in the same or the paragraph before).
     */
    static boolean actedAgainst(FigureContext context, Sentences.Sentence sentence, Sentences.Sentence previous) {
        if (namesAnAct(context, sentence)) {
            return true;
        }
        // "Sanctions are imposed against:" then "- 10 Russian companies,": the list's opener tells what the items are
        return previous != null && listItem(context.text(), sentence)
                && (namesAnAct(context, previous) || FigureContext.hasCue(context, previous, "sanctions"));
    }

    private static boolean namesAnAct(FigureContext context, Sentences.Sentence sentence) {
        return FigureMetrics.names(context, sentence, ACT);
    }

    private static boolean listItem(String text, Sentences.Sentence sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return ITEM_MARKS.indexOf(c) >= 0;
            }
        }
        return false;
    }
}
