package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;

/**
 * The one country of a section of a line that the length's own clause places there. Decision 3 of round 28 (a section
 * inside one country stays that country) and decision 46 (`route.length` is a whole line or a whole section): a
 * sentence that splits a cross-border line into its national parts ("La section chinoise représentera 155 km, celle
 * traversant le Kirghizstan mesurera 305 km", "of which some 800 km will lie in Afghanistan") gives each length the
 * country its own clause names, not the line's countries the sentence or the headline names elsewhere. The clause is
 * the text between the clause marks around the length (a comma, a semicolon, a colon; dashes join a line's places),
 * a parenthesis after the length skipped; it must name exactly one country, call the length a part of the line or
 * say it lies in that country, and name no end or course of a link ("from", "to", "through", "starts at", "reliant",
 * "от ... до"), and no second length after it (a whole split into its countries' bracketed parts keeps them all).
 */
final class SectionCountries {

    private SectionCountries() {
    }

    /** A part of a line ("la section chinoise", "celle traversant le Kirghizstan", "участок"), or a length said to lie
     * in a country ("seront en Afghanistan", "will lie in Afghanistan", "пройдут по территории"). */
    private static final Pattern PLACING = Pattern.compile("(?iU)\\b(sections?|portions?|tron[cç]ons?|segments?"
            + "|участ\\w*|отрез\\w*|celle|celui|(?:seront|sera|will (?:be|lie)|lies?|пройд[её]т|пройдут)"
            + " (?:en|au|aux|in|within|в|по территории|на территории))\\b");

    /** The ends or the course of a link: such a clause names a line between places, not a part of one. */
    private static final Pattern LINK = Pattern.compile("(?iU)\\b(from|to|depuis|jusqu\\w*|reliant|reli(?:e|er)"
            + "|linking|links?|connect\\w*|starts?|begins?|ends?|goes|through|соедин\\w*|связ\\w*|из|от|до)\\b");

    /** A second length after the figure in its clause: the split of a whole into its countries' parts ("part du
     * Kazakhstan (90 km), traverse le Turkménistan (500 km)"), which RoutePartsInBrackets reads. */
    private static final Pattern PART_LENGTH = Pattern.compile("(?iU)\\d\\s*(?:km|км|kilom\\w*|километр\\w*|mi)\\b");

    /** Marks that close a clause. */
    private static boolean closes(char c) {
        return c == ',' || c == ';' || c == ':';
    }

    /**
     * The one country the length's clause places it in, or null. Asked only for a `route.length` figure that no line
     * of one country's towns placed, in a sentence naming two countries or more (else there is nothing to choose).
     */
    static String country(FigureContext context, Sentences.Sentence sentence, int figureStart, int figureEnd) {
        List<Mention> own = context.mentionsIn(sentence.start(), sentence.end());
        if (Mention.atMostOneCode(own, SectionCountries::isCountry)) {
            return null;
        }
        String text = context.text();
        int from = figureStart;
        while (from > sentence.start() && !closes(text.charAt(from - 1))) {
            from--;
        }
        int to = figureEnd;
        int depth = 0;
        while (to < sentence.end()) {
            char c = text.charAt(to);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (closes(c) || c == '.')) {
                break;
            }
            to++;
        }
        String clause = text.substring(from, to);
        if (!PLACING.matcher(clause).find() || LINK.matcher(clause).find()
                || PART_LENGTH.matcher(text.substring(figureEnd, to)).find()) {
            return null;
        }
        String only = null;
        for (Mention m : context.mentionsIn(from, to)) {
            if (!isCountry(m)) {
                continue;
            }
            if (only != null && !only.equals(m.code())) {
                return null;
            }
            only = m.code();
        }
        return only;
    }

    private static boolean isCountry(Mention m) {
        return (m.kind() == PlaceKind.COUNTRY || m.kind() == PlaceKind.CITY) && m.code().length() == 2;
    }
}
