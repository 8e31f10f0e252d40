package io.steppewatch.analysis.figures;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

import java.util.List;

/**
 * Whether a text dates the events it narrates against the day it came out (decision 33 of round 35): a weekday ("late
 * Sunday", "в четверг", "jeudi soir", "бейсенбі күні", "payshanba kuni"), yesterday, overnight, this or last week (the
 * phrases of {@code event-dating.txt}), also when it is the day the event was reported ("said Tuesday"). A count of
 * people or loads at an event with no period of its own takes the publication month only then: an event dated by
 * nothing but the page's date or a dateline ("ASTANA, February 19.", "Душанбе. 29 марта.") has none. A drill is dated
 * by its own rules (it is reported while under way), so its sentence needs no such word.
 */
final class EventDating {

    static final String RESOURCE = "/io/steppewatch/analysis/figures/event-dating.txt";
    private static final PhraseMatcher<Boolean> WORDS =
            PhraseMatcher.ofWordList(EventDating.class, RESOURCE, "event dating words");
    private static final int MONTH_LENGTH = "2024-03".length();
    /** How far before or after a month name its day may stand ("22 октября", "October 22,"). */
    private static final int DAY_REACH = 4;

    private EventDating() {
    }

    /** Whether the event of the figure's sentence is dated against the publication: by the text's words or as a drill. */
    static boolean dates(FigureContext context, Sentences.Sentence sentence) {
        return context.sentenceFinds(FigureMeasures.DRILL_GATE, sentence) || textDates(context)
                || leadNamesADrill(context);
    }

    /** How many sentences of the body open it as its lead. */
    private static final int LEAD_SENTENCES = 2;

    /**
     * Whether the body's lead speaks of a drill ("маневры пройдут с 3 по 6 мая", "совместные
     * учения"): a report on a drill under way or about to begin, whose counts of troops and equipment
     * are the drill's, dated as the drill is (the event-count decision of 2026-12-04: "a drill the dated report says is
     * under way"), also in sentences that do not name it again.
     */
    private static boolean leadNamesADrill(FigureContext context) {
        int lead = Math.min(LEAD_SENTENCES, context.sentences().size());
        for (int i = 0; i < lead; i++) {
            if (context.sentenceFinds(FigureMeasures.DRILL_GATE, context.sentences().get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text names a day of a month ("On October 22", "22 октября", "le 23 décembre") outside its dateline
     * (the dateline's expressions are gone from the context's periods: it dates the report, not the event).
     */
    private static boolean namesADay(FigureContext context) {
        String text = context.text();
        for (PeriodResolver.Expression e : context.periods()) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && e.period().length() == MONTH_LENGTH
                    && Dateline.hasDay(text, Math.max(0, e.start() - DAY_REACH), Math.min(text.length(), e.end() + DAY_REACH))) {
                return true;
            }
        }
        return false;
    }

    /** Words of the day of writing ("today", "aujourd'hui", "сегодня"): they date an event the sentence names. */
    private static final PhraseMatcher<Boolean> TODAY = PhraseMatcher.<Boolean>builder()
            .add("today", Boolean.TRUE).add("tonight", Boolean.TRUE).add("aujourd hui", Boolean.TRUE)
            .add("ce soir", Boolean.TRUE).add("сегодня", Boolean.TRUE).build();

    /**
     * Whether the text dates its vote against the publication (decisions 33 and 52: a vote's tally is a count of an
     * event, dated where the text dates the vote): a sentence that names a vote or an election (cue kind
     * {@code voting}) also has a weekday, yesterday, this week, today or the day of a month ("in Tuesday's elections",
     * "Le vote d'aujourd'hui", "devait voter aujourd'hui"). A day word in another sentence dates something else ("The
     * new Commission will take office Monday" after an undated vote), and a vote dated by nothing has no month.
     */
    static boolean datesVote(FigureContext context) {
        List<Words.Word> words = context.words();
        for (PhraseMatcher<Boolean> matcher : List.of(WORDS, TODAY)) {
            for (PhraseMatcher.Match<Boolean> m : matcher.findAll(words)) {
                if (namesVote(context, words.get(m.first()).start())) {
                    return true;
                }
            }
        }
        String text = context.text();
        for (PeriodResolver.Expression e : context.periods()) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && e.period().length() == MONTH_LENGTH
                    && Dateline.hasDay(text, Math.max(0, e.start() - DAY_REACH), Math.min(text.length(), e.end() + DAY_REACH))
                    && namesVote(context, e.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesVote(FigureContext context, int offset) {
        Sentences.Sentence sentence = context.sentences().get(FigureContext.sentenceOf(context, offset));
        return FigureContext.hasCue(context, sentence, "voting") || FigureContext.hasCue(context, sentence, "vote")
                || FigureContext.hasCue(context, sentence, "standing-vote");
    }

    /** Whether the text anywhere has a word dating an event against the publication; looked for once per article. */
    static boolean textDates(FigureContext context) {
        FigureContext.SentenceFacts facts = context.facts();
        if (facts.datesEvents == FigureContext.SentenceFacts.UNKNOWN) {
            facts.datesEvents = WORDS.findAll(context.words()).isEmpty() && !namesADay(context)
                    ? FigureContext.SentenceFacts.NO : FigureContext.SentenceFacts.YES;
        }
        return facts.datesEvents == FigureContext.SentenceFacts.YES;
    }
}
