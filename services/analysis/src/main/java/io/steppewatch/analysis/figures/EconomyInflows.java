package io.steppewatch.analysis.figures;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * A sum put into a country's economy: "injecté ... milliards de dollars dans l'économie", "инвестиций
 * в ... экономику оценивается в", "invested $270 million in our economy", "Oʻzbekiston
 * iqtisodiyotiga ... 7,8 milliard dollar". Money going into an economy is what `investment.total` counts, whatever
 * verb brings it (inject, pour, put) and whatever word of estimate or cost stands by it ("оценивается в" is how the
 * stock is told, not a project's cost). Every language says it by the economy noun in the case or behind the
 * preposition of direction (into, in, dans, в + accusative, Kazakh and Uzbek dative), which is what is read here.
 */
final class EconomyInflows {

    /** Economy nouns (folded stems), the cheap test asked of the sentence first. */
    private static final WordStems ECONOMY = FigureMetrics.wordsOrStems(Set.of(), Words.foldAll("econom", "économ",
            "экономик", "iqtisodiyot", "иқтисодиёт"));
    /** The economy behind a word of direction (case-blind), the country's adjective or name allowed between. */
    private static final Pattern INTO_AN_ECONOMY = Pattern.compile(
            "(?iu)\\b(?:into|in)\\s+(?:the\\s+|its\\s+|our\\s+|their\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}econom(?:y|ies)\\b"
                    + "|\\bdans\\s+l[’']\\s*[ée]conomie\\b"
                    + "|(?<![\\p{L}])в\\s+(?:[\\p{L}-]+\\s+){0,2}экономик[уи](?![\\p{L}])"
                    + "|экономикасына|iqtisodiyotiga|иқтисодиётига");
    /** How far from the figure, before or after it, the economy phrase may stand. */
    private static final int REACH = 90;

    private EconomyInflows() {
    }

    /** Whether a money figure stands next to the economy its sum goes into (class comment). */
    static boolean intoAnEconomy(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!figure.isMoney() || !FigureMetrics.names(context, sentence, ECONOMY)) {
            return false;
        }
        String text = context.text();
        int from = Math.max(sentence.start(), figure.start() - REACH);
        int to = Math.min(sentence.end(), figure.end() + REACH);
        Matcher matcher = INTO_AN_ECONOMY.matcher(text).region(from, to);
        while (matcher.find()) {
            boolean before = matcher.end() <= figure.start();
            if (before ? !TextWalks.crossesClause(text, matcher.end(), figure.start(), true)
                    : matcher.start() >= figure.end()
                    && !TextWalks.crossesClause(text, figure.end(), matcher.start(), true)) {
                return true;
            }
        }
        return false;
    }
}
