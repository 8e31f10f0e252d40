package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.Words;

/**
 * Flows stated as now that {@link StandingNow} leaves to the publication month (decision 34 of round 35: "a flow per
 * day or per year (annual trade, exports, transit or freight, traffic, trains or wagons a day) stated as now or in the
 * present tense is {@code null}, present word or not"): the trade a goal is set against ("atteindre 15 milliards,
 * contre 10 milliards actuellement"), and wagons or trains counted by the day where the rate is an adjective or
 * written once for two figures ("Сегодня среднесуточная погрузка составляет 700 вагонов", "вместо 40 поездов в
 * сутки принимает около 25"); not what a terminal can take a day (a capacity keeps the month, team a). Asked only for
 * a figure whose own sentence dates it by a word of the present moment. Round 47, perb47. (A freight volume stated as
 * now, "As of today, cargo turnover is 6 million tons", was tried and dropped: it lost a holdout figure.)
 */
final class FlowsNow {

    private static final String TRADE = "trade.";

    /** Beginnings of words of a daily rate: "среднесуточная", "ежедневно", "daily", "quotidien", "kunlik", "тәуліктік". */
    private static final List<String> DAILY_STEMS = Stems.copyOf(Words.foldAll("среднесуточн", "суточн", "ежесуточн",
            "ежедневн", "daily", "quotidien", "kunlik", "тәуліктік", "күнделікті"));
    /** A day closing a rate after the word before it: "в сутки", "a day", "per day", "par jour" (not "à ce jour"). */
    private static final List<String> DAY_WORDS = List.of("сутки", "day", "jour");
    private static final List<String> RATE_BEFORE_DAY = List.of("в", "a", "per", "par", "each", "every");
    /** Words that are a daily rate by themselves: Uzbek "kuniga", Kazakh "тәулігіне". */
    private static final List<String> PER_DAY = Words.foldAll("kuniga", "тәулігіне");

    private FlowsNow() {
    }

    /** Whether the figure, dated only by a present word of its sentence, is a flow and so of no month. */
    static boolean isFlow(SurfaceFigure figure, Measure measure, String metric, FigureContext context,
                          Sentences.Sentence sentence) {
        if (metric != null && metric.startsWith(TRADE) && (measure == Measure.TARGET
                || (measure == Measure.AMOUNT && BaseLevels.nowAfter(context.text(), figure.end())))) {
            // the level now that a goal is set against: read as the goal itself, or (BaseLevels, alerts47) as the
            // level it is, the words of now right after it
            return true;
        }
        if (measure != Measure.AMOUNT || context.sentenceFinds(FigurePeriods.CAPACITY_WORDS, sentence)) {
            return false; // what a terminal can take a day is a capacity, which keeps the month (team a)
        }
        if (!"count".equals(figure.unit()) && !"t".equals(figure.unit())) {
            return false;
        }
        String before = "";
        for (Words.Word w : context.wordsOf(sentence)) {
            String word = w.folded();
            if (Words.startsWithAny(word, DAILY_STEMS) || PER_DAY.contains(word)
                    || DAY_WORDS.contains(word) && RATE_BEFORE_DAY.contains(before)) {
                return true;
            }
            before = word;
        }
        return false;
    }
}
