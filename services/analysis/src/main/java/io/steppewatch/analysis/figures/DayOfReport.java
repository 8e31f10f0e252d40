package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Pattern;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A figure that its own sentence dates by a day named against the publication ("polls published on Monday", "shares
 * closed on Tuesday at $185", "9 percent of cell sites were down on Monday", "still without power this morning"): the
 * fact is of that day, which news reports in the month it came out. Decisions 33 and 52 of round 35 date an event's
 * counts so; the open corpus's labellers date any figure so (NOTES-open-a: "Events dated by a weekday ... in a dated
 * text ... take that month"; NOTES-open-d: "Polls and counts dated by a weekday or `this morning`"). The month is the
 * publication month, as the decisions give it: a weekday in the first days of a month may name a day of the month
 * before, which the analysis does not tell apart.
 *
 * <p>Only a figure left with no period otherwise, in a sentence that names no period, in a text whose publication
 * month is known; never a goal or forecast (the day dates the words, not what they aim at), nor a figure a ledger
 * metric tracks (trade and freight stated as now stay of no month: decision 34), nor a length, a duration or a
 * rank, nor a sentence that tells what would happen ("would have an 85 percent chance": a model's outcome) or what is
 * to come ("expects to restore power to 90 percent of homes").
 */
final class DayOfReport {

    /** Weekdays and the days and times of day next to the publication, in English, French and Russian, folded. */
    private static final SentenceGate DAY_WORDS = new SentenceGate(Pattern.compile(
            "(?<!\\p{L})(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last night|this morning|tonight"
                    + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier"
                    + "|понедельник|вторник|в среду|четверг|пятниц|суббот|воскресень|вчера)"),
            List.of("day", "yesterday", "last night", "this morning", "tonight", "lundi", "mardi", "mercredi", "jeudi",
                    "vendredi", "samedi", "dimanche", "hier", Words.fold("понедельник"), Words.fold("вторник"),
                    Words.fold("в среду"), Words.fold("четверг"), Words.fold("пятниц"), Words.fold("суббот"),
                    Words.fold("воскресень"), Words.fold("вчера")),
            true);
    /** "would", "if": the sentence tells an outcome under a condition, of no time. */
    private static final SentenceGate CONDITION = new SentenceGate(Pattern.compile("(?<!\\p{L})(?:would|if)(?!\\p{L})"),
            List.of("would", "if"), true);

    private static final String RANK = "rank";

    private DayOfReport() {
    }

    /** The publication month, when the figure's own sentence dates it by a day named against the publication; else null. */
    static String month(SurfaceFigure figure, Measure measure, String metric, FigureContext context,
                        Sentences.Sentence sentence) {
        if (context.presentPeriod() == null || measure == Measure.TARGET || !FigureAnnotator.OTHER.equals(metric)
                || FigureAnnotator.UNDATED_UNITS.contains(figure.unit()) || FigureAnnotator.DAYS.equals(figure.unit())
                || RANK.equals(figure.unit())) {
            return null;
        }
        if (!context.sentenceFinds(DAY_WORDS, sentence) || context.sentenceFinds(CONDITION, sentence)
                || FigureContext.hasCue(context, sentence, "future")
                || !context.periodsIn(sentence.start(), sentence.end()).isEmpty()) {
            return null;
        }
        return context.presentPeriod();
    }
}
