package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;

/**
 * The count of those who attend a gathering, whatever noun counts them: "About 200 companies from both countries
 * attended the business forum", "150 delegates are participating in the Forum", "plus de 80 entreprises ont participé
 * au salon", "в форуме приняли участие 300 делегатов". Decisions 33 and 52 give an event's counts the publication
 * month when the text dates the event by a weekday or a relative day; the event nouns the analysis knows (servicemen,
 * people, representatives) miss the companies and delegates a forum counts. Here the count is an attendance by its
 * clause's verb and the gathering its sentence names, not by its noun.
 */
final class GatheringAttendance {

    private GatheringAttendance() {
    }

    /** A verb of attending: the count before it is who attended, the count right after it too ("приняли участие 300"). */
    private static final Pattern ATTENDANCE = Pattern.compile("(?iU)(?<!\\p{L})(?:attend\\p{L}*|participat\\p{L}*"
            + "|took\\s+part|take\\s+part|taking\\s+part|were\\s+present|участв\\p{L}*|принял\\p{L}*\\s+участие"
            + "|присутствовал\\p{L}*|particip\\p{L}*|ont\\s+pris\\s+part|ishtirok\\p{L}*|қатыс\\p{L}*)");
    private static final SentenceGate ATTENDANCE_GATE = SentenceGate.startingAtKeys(ATTENDANCE,
            List.of("attend", "participat", "took", "take", "taking", "were", "участв", "принял", "присутств",
                    "particip", "ont", "ishtirok", "қатыс"));
    /** Gatherings: a forum, a conference, a summit, a fair, a meeting, an event. */
    private static final Pattern GATHERING = Pattern.compile("(?iU)(?<!\\p{L})(?:forum\\p{L}*|conferen\\p{L}*"
            + "|conféren\\p{L}*|summit\\p{L}*|sommet\\p{L}*|exhibition\\p{L}*|expo\\p{L}*|fair|fairs|salon\\p{L}*"
            + "|congress\\p{L}*|congr[eè]s|event|événement\\p{L}*|rencontre\\p{L}*|форум\\p{L}*|конференц\\p{L}*"
            + "|саммит\\p{L}*|выставк\\p{L}*|ярмарк\\p{L}*|съезд\\p{L}*|мероприяти\\p{L}*|anjuman\\p{L}*"
            + "|ko.rgazma\\p{L}*|көрме\\p{L}*)");
    private static final SentenceGate GATHERING_GATE = SentenceGate.startingAtKeys(GATHERING,
            List.of("forum", "conferen", "conféren", "summit", "sommet", "exhibition", "expo", "fair", "salon",
                    "congr", "event", "événement", "rencontre", "форум", "конференц", "саммит", "выставк", "ярмарк",
                    "съезд", "мероприяти", "anjuman", "ko", "көрме"));
    /** How far after the count its clause's verb of attending may stand: "About 200 companies from both countries". */
    private static final int VERB_REACH = 60;
    /** How far before the count a verb of attending may stand: "в форуме приняли участие 300 делегатов". */
    private static final int VERB_BEFORE_REACH = 3;

    /**
     * Whether the figure counts who attended a gathering its sentence names: a count (no money, no tonnes), an
     * amount, in a text with a publication month, with a verb of attending after it in its clause or right before it.
     */
    static boolean counts(SurfaceFigure figure, Measure measure, FigureContext context, Sentences.Sentence sentence) {
        if (!"count".equals(figure.unit()) || measure != Measure.AMOUNT || context.presentPeriod() == null
                || !context.sentenceFinds(ATTENDANCE_GATE, sentence) || !context.sentenceFinds(GATHERING_GATE, sentence)) {
            return false;
        }
        String text = context.text();
        Matcher verb = ATTENDANCE.matcher(text).region(sentence.start(), sentence.end());
        while (verb.find()) {
            if (verb.start() >= figure.end() && verb.start() - figure.end() <= VERB_REACH
                    && noClauseBreak(text, figure.end(), verb.start())) {
                return true;
            }
            if (verb.end() <= figure.start() && figure.start() - verb.end() <= VERB_BEFORE_REACH) {
                return true;
            }
        }
        return false;
    }

    /** Whether no sign that ends a clause stands in [from, to): a full stop, a semicolon, a colon. */
    private static boolean noClauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }
}
