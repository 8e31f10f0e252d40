package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;

/**
 * A total counted from a past start up to the writing, in a text whose publication month is known: the span runs
 * from the start to the publication month ({@code 2004-01/2010-04}), as "Since 2005, Hungary has invested $370
 * million" already reads when the "since" opens the sentence. Two shapes the resolver leaves: a bare start year
 * inside a clause, set off by a comma ("has supported mine clearance since 2004, allocating some 5.4 million euros",
 * "la banque, depuis 1996, a versé"), and a sentence that opens on an anaphoric
 * "since then" ("С тех пор подписано 40 соглашений", "Depuis lors", "Shundan beri") after a sentence
 * that dates the start (the figure then carries only the start's month or year). Amounts only: a change "since
 * 2019" counts from a base, and a text with no publication month has no end to close the span with.
 */
final class OpenSpansToWriting {

    private OpenSpansToWriting() {
    }

    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
    /** A bare start year set off by a comma: "since 2004, allocating", "depuis 1993, la Banque mondiale". */
    private static final Pattern SINCE_YEAR_SET_OFF = Pattern.compile("(?iU)(?<!\\p{L})(?:since|depuis)\\s+" + YEAR
            + "\\s*,");
    private static final SentenceGate SINCE_GATE = SentenceGate.startingAt(SINCE_YEAR_SET_OFF,
            List.of("since", "depuis"), List.of("since", "depuis"), false);
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    /** Openings of a sentence that count from the time the sentence before dates ("С тех пор", "Since then"). */
    private static final List<String> SINCE_THEN = List.of("since then", "ever since then", "since that time",
            "с тех пор", "с того времени", "с этого времени", "depuis lors", "depuis cette date", "depuis ce moment",
            "shundan beri", "o'shandan beri", "o‘shandan beri", "шундан бери", "ўшандан бери", "содан бері",
            "сол уақыттан бері");
    /** The first letters of {@link #SINCE_THEN}. */
    private static final String FIRST_LETTERS = "secdoшўс";

    /** {@code period}, or the span from the start the sentence counts from to the publication month. */
    static String toWriting(String period, SurfaceFigure figure, Measure measure, FigureContext context,
            Sentences.Sentence sentence) {
        String present = context.presentPeriod();
        if (measure != Measure.AMOUNT || context.undated() || present == null || present.length() != 7) {
            return period;
        }
        String text = context.text();
        if (opensOnSinceThen(text, sentence)) {
            return sinceThen(period, context, sentence, present);
        }
        return period == null ? sinceYearSetOff(figure, context, sentence, present, text) : period;
    }

    /** Whether the sentence opens on one of {@link #SINCE_THEN}. */
    private static boolean opensOnSinceThen(String text, Sentences.Sentence sentence) {
        int from = sentence.start();
        while (from < sentence.end() && !Character.isLetter(text.charAt(from))) {
            from++;
        }
        if (from >= sentence.end() || FIRST_LETTERS.indexOf(Character.toLowerCase(text.charAt(from))) < 0) {
            return false; // the cheap test first: no cue starts with that letter
        }
        for (String cue : SINCE_THEN) {
            int end = from + cue.length();
            if (end <= sentence.end() && text.regionMatches(true, from, cue, 0, cue.length())
                    && (end == sentence.end() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The span from the last month or year the sentence before states to the publication month, for a figure with no
     * period or with that start alone (carried); a figure with a period of its own keeps it.
     */
    private static String sinceThen(String period, FigureContext context, Sentences.Sentence sentence,
            String present) {
        int index = FigureContext.sentenceOf(context, sentence.start());
        if (index == 0) {
            return period;
        }
        Sentences.Sentence before = context.sentences().get(index - 1);
        String start = null;
        for (PeriodResolver.Expression e : context.periodsIn(before.start(), before.end())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null
                    && (e.period().length() == 4 || e.period().length() == 7)) {
                start = e.period();
            }
        }
        if (start == null || start.compareTo(present.substring(0, start.length())) >= 0
                || period != null && !period.equals(start)) {
            return period;
        }
        return (start.length() == 4 ? start + "-01" : start) + "/" + present;
    }

    private static String sinceYearSetOff(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence,
            String present, String text) {
        if (!context.sentenceFinds(SINCE_GATE, sentence)) {
            return null;
        }
        Matcher since = SINCE_YEAR_SET_OFF.matcher(text).region(sentence.start(), sentence.end());
        if (!since.find() || since.end() > figure.start()) {
            return null;
        }
        String start = since.group(1);
        if (start.compareTo(present.substring(0, 4)) >= 0) {
            return null;
        }
        Matcher year = ANY_YEAR.matcher(text).region(sentence.start(), sentence.end());
        while (year.find()) {
            if (!year.group().equals(start)) {
                return null; // "since 2017, ... reached $11 billion in 2022": the figure's own year
            }
        }
        return start + "-01/" + present;
    }
}
