package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * The worth of projects the sides are carrying out, read as an investment because a word of investment stands nearest
 * the sum ("investment projects", "with investments of", "инвестиционных проектов"). Decision 61 of round 38 makes a
 * sum given as the value of projects the two parties carry out together, under way or in a portfolio, a
 * {@code jointprojects.value}; one party's investment in the other stays {@code investment.total}. The shape in every
 * language: a project noun and a word saying the projects are being carried out (a progressive participle or a noun of
 * carrying out, a portfolio) before the figure in its sentence, and no verb of investing that would make the sum what one side
 * puts in. Projects already done ("implemented", "réalisés") are left to the check of projects not under way.
 */
final class InvestmentProjectsUnderWay {

    /** Project nouns, as beginnings of folded words. */
    private static final List<String> PROJECT_STEMS = Words.foldAll("project", "projet", "проект", "loyiha",
            "лойиҳа", "жоба");
    /** Words saying projects are being carried out or held in a portfolio (whole folded words). */
    private static final Set<String> UNDER_WAY_WORDS = Set.copyOf(Words.foldAll("implementing", "implementation",
            "ongoing", "underway", "portfolio", "portefeuille", "oeuvre", "œuvre", "cours", "реализуемых",
            "реализуемые", "реализуемый", "реализуются", "реализуется", "реализуют", "реализации", "реализация",
            "осуществляемых", "осуществляются", "портфель", "портфеля", "портфеле", "oshirilayotgan",
            "оширилаётган", "portfeli", "портфели", "асырылып", "асырылуда"));
    /** Verbs of one side putting money in: its investment, not a portfolio's worth. */
    private static final Set<String> INVESTING_VERBS = Set.copyOf(Words.foldAll("invest", "invests", "invested",
            "investing", "investi", "investit", "investir", "investira", "investiront", "investissent"));
    private static final List<String> INVESTING_STEMS = Words.foldAll("инвестирова", "инвестиру", "вложи", "вложа");

    private InvestmentProjectsUnderWay() {
    }

    /** Whether an investment sum's sentence gives it as the worth of projects being carried out. */
    static boolean valuesProjectsUnderWay(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        List<Words.Word> words = context.words();
        boolean project = false;
        boolean underWay = false;
        String before = "";
        for (int i = context.wordStarts().at(sentence.start()); i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= figure.start()) {
                break; // "investment reached $2 billion, and 40 projects are under way": the projects come after
            }
            String folded = word.folded();
            if (INVESTING_VERBS.contains(folded) || Words.startsWithAny(folded, INVESTING_STEMS)) {
                return false; // "invested", "will invest", "вложит": one side's money put in
            }
            project |= Words.startsWithAny(folded, PROJECT_STEMS);
            underWay |= UNDER_WAY_WORDS.contains(folded) && (!"cours".equals(folded) || "en".equals(before))
                    || "way".equals(folded) && "under".equals(before);
            before = folded;
        }
        return project && underWay;
    }
}
