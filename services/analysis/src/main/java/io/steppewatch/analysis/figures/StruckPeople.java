package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Whether a sentence tells that an event struck people: killed, wounded or evacuated them ("63 citizens lost their
 * lives", "погибли 12 человек", "50 morts", "қаза тапты", "halok bo'ldi"; the phrases of {@code struck-people.txt}).
 * Such a count is a count of the event (decision 33 of round 35), not a stock that only its own paragraph may date: it
 * takes the period of the event, which the paragraphs before it often state ("after the conflict escalated in late
 * 2022").
 */
final class StruckPeople {

    static final String RESOURCE = "/io/steppewatch/analysis/figures/struck-people.txt";
    private static final PhraseMatcher<Boolean> WORDS =
            PhraseMatcher.ofWordList(StruckPeople.class, RESOURCE, "words of people struck");

    /** How far before or after a month name its day may stand ("5 ноября", "April 15,"). */
    private static final int DAY_REACH = 4;
    private static final int MONTH_LENGTH = "2024-03".length();

    private StruckPeople() {
    }

    /**
     * The month of the day a sentence dates its event by after a count of the people the event struck, past a comma
     * or in a clause that tells the event ("По меньшей мере 27 человек погибло в результате стрельбы, произошедшей в
     * воскресенье, 5 ноября 2017 года", "more than 280 were injured when two bombs went off near the finish line on
     * April 15, 2013"): the count is the event's, of the event's month (NOTES-open-p, -q, -t: "event figures take the
     * month of an event the text dates with a year"), where the rule for a period after a figure stops at the clause.
     * Only a count left with no period before it in its sentence, with a word of people struck between it and the
     * date, and a date written to the day with its year, not after the publication month; else null.
     */
    static String dayAfter(SurfaceFigure figure, Measure measure, String metric, FigureContext context,
                           Sentences.Sentence sentence) {
        if (!"count".equals(figure.unit()) || measure != Measure.AMOUNT || !FigureAnnotator.OTHER.equals(metric)
                || !context.periodsIn(sentence.start(), figure.start()).isEmpty()) {
            return null;
        }
        List<PeriodResolver.Expression> after = context.periodsIn(figure.end(), sentence.end());
        if (after.isEmpty()) {
            return null;
        }
        PeriodResolver.Expression day = after.get(0);
        String text = context.text();
        if (day.kind() != PeriodResolver.Kind.PERIOD || day.period() == null || day.period().length() != MONTH_LENGTH
                || !Dateline.hasDay(text, Math.max(0, day.start() - DAY_REACH), Math.min(text.length(), day.end() + DAY_REACH))
                || context.presentPeriod() != null && day.period().compareTo(context.presentPeriod()) > 0) {
            return null;
        }
        List<Words.Word> words = context.wordsOf(sentence);
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() >= figure.numberEnd() && word.end() <= day.start() && WORDS.matchAt(words, i) != null) {
                return day.period();
            }
        }
        return null;
    }

    /** Whether the sentence has a word of people killed, wounded or evacuated. */
    static boolean inSentence(FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.wordsOf(sentence);
        for (int i = 0; i < words.size(); i++) {
            if (WORDS.matchAt(words, i) != null) {
                return true;
            }
        }
        return false;
    }
}
