package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;

/**
 * Places named only as the source of a sentence are no party of its figures (the standard: the parties are those of
 * what the figure counts; a source is not one of them). Two general shapes of a source, in every language:
 * <ul>
 *   <li>a dateline that opens the sentence before a dash: a city written in capitals or a news agency's name
 *   ("БАКУ /Agency/ -", "ASTANA –", "Kazinform —");</li>
 *   <li>a closing attribution clause, after the sentence's last figure and its last comma, that holds a word of
 *   reporting and a word of the press ("..., the press service of the Russian border unit reported", "..., передаёт
 *   агентство", "..., деб хабар беради ... мухбири").</li>
 * </ul>
 * A country's own ministry or statistics office as the source is not touched (no press word): decision 6 and the
 * standard make it its figure's party when it speaks for its country's data. Nor is a sentence that names no other
 * place: its source's country is then the best reading left.
 */
final class AttributionMentions {

    private AttributionMentions() {
    }

    /** Stems of the press: agencies, press services, papers, correspondents, and agencies known by name. */
    private static final List<String> PRESS = List.of("agency", "agence", "агентств", "press service",
            "press office", "пресс-служб", "newspaper", "news outlet", "correspondent", "корреспондент", "мухбир",
            "muxbir", "тілшіс", "kazinform", "xinhua", "trend", "tass", "тасс", "interfax", "интерфакс", "sputnik");
    /** Stems of reporting verbs. */
    private static final List<String> REPORTING = List.of("report", "said", "told", "сообщ", "передает",
            "передаёт", "пишет", "rapport", "indique", "xabar", "хабар", "жазады");
    /** How far into the sentence a dateline's dash may stand. */
    private static final int DATELINE_REACH = 40;

    /**
     * The mentions of a sentence at {@code [sentenceStart, sentenceEnd)} without those in a dateline or a closing
     * attribution clause after {@code lastFigureEnd}; the same list when there is none.
     */
    static List<Mention> without(List<Mention> mentions, String text, int sentenceStart, int sentenceEnd,
                                 int lastFigureEnd) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        int datelineEnd = datelineEnd(mentions, text, sentenceStart, sentenceEnd);
        int attributionStart = attributionStart(text, Math.max(lastFigureEnd, sentenceStart), sentenceEnd);
        if (datelineEnd < 0 && attributionStart < 0) {
            return mentions;
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        boolean partyLeft = false;
        for (Mention m : mentions) {
            if (m.end() <= datelineEnd || attributionStart >= 0 && m.start() >= attributionStart) {
                continue;
            }
            kept.add(m);
            partyLeft |= m.kind() != PlaceKind.INSTITUTION;
        }
        // "..., Forbes Kazakhstan reports citing the district's press service" in a sentence that names no party of
        // its own: the source's country is the best reading left, as before
        return partyLeft ? kept : mentions;
    }

    /** The end of a dateline opening the sentence (a capitalised city or an agency before a dash), else -1. */
    private static int datelineEnd(List<Mention> mentions, String text, int from, int to) {
        int reach = Math.min(to, from + DATELINE_REACH);
        int dash = -1;
        for (int i = from + 1; i + 1 < reach; i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '\u2013' || c == '\u2014') && text.charAt(i - 1) == ' '
                    && text.charAt(i + 1) == ' ') {
                dash = i;
                break;
            }
        }
        if (dash < 0) {
            return -1;
        }
        String head = text.substring(from, dash).toLowerCase(Locale.ROOT);
        if (TextWalks.containsAny(head, PRESS)) {
            return dash;
        }
        for (Mention m : mentions) {
            if (m.start() >= dash) {
                break;
            }
            if (m.kind() == PlaceKind.CITY && m.end() - m.start() >= 3 && upperCase(text, m.start(), m.end())) {
                return dash;
            }
        }
        return -1;
    }

    /** The start of a closing attribution clause after the last figure, else -1. */
    private static int attributionStart(String text, int from, int to) {
        int comma = to - 1;
        while (comma >= from && text.charAt(comma) != ',') {
            comma--;
        }
        if (comma < from) {
            return -1;
        }
        String clause = text.substring(comma + 1, to).toLowerCase(Locale.ROOT);
        return TextWalks.containsAny(clause, REPORTING) && TextWalks.containsAny(clause, PRESS) ? comma + 1 : -1;
    }

    private static boolean upperCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
