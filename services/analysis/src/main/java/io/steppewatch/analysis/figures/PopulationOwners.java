package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;

/**
 * Whose people a population counts. Decision 6 of round 29 (an `other` figure takes the parties of what it counts): a
 * country's population is that country's alone, whatever else its sentence names ("this nation of 26 million" beside
 * the U.S. outpost the paragraph is about, "a former Soviet republic of 7 million" next to a Russian base,
 * "le pays le plus peuplé d'Asie centrale, 34 millions d'habitants" after a mention of Russia); and a region's
 * population is its countries' (README: "Central Asia named alone ... is the five countries"). The owner is, in order:
 * the country written as the population's own ("Afghanistan's 40-million population", "населения Афганистана"); the
 * country a description of one state stands for ("cette ex-république soviétique de 35 millions d'habitants", "this
 * majority Muslim nation of 26 million", "la plus peuplée des républiques", "the most populous"), read as the Central
 * Asian country named last before it, the headline first (as {@code OneRepublicOfRegion} reads "ce pays d'Asie
 * centrale"); the five countries for "cette région" or a sentence naming Central Asia and no country of it. Stateless.
 */
final class PopulationOwners {

    private PopulationOwners() {
    }

    static final List<String> CENTRAL_ASIA = List.of("KG", "KZ", "TJ", "TM", "UZ");
    private static final Set<String> CENTRAL_ASIAN = Set.copyOf(CENTRAL_ASIA);

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** How far before the number a description or a possessive may stand, in characters. */
    private static final int REACH = 90;

    /** Words of approximation between an owner and its number ("Afghanistan's some 40 million"). */
    private static final String HEDGE = "(?:(?:more|than|over|about|around|nearly|almost|some|roughly|approximately|"
            + "estimated|an|a|plus|de|d['’]|près|environ|quelque|около|более|свыше|почти|примерно|порядка)\\s+)*";
    /** Between a country and the number: "'s", "'s population of", "'s total population of". */
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s\\s+(?:(?:total|entire|whole|estimated)\\s+)?"
            + "(?:population\\s+(?:of|is|was|stands\\s+at|reached)\\s+)?" + HEDGE + "$", FLAGS);
    /** Between the number and a country after it: "-миллионного населения", "millions d'habitants de l'". */
    private static final Pattern GENITIVE = Pattern.compile("^[\\p{L}-]*\\s+(?:населения|населению|населении)\\s+$",
            FLAGS);
    /**
     * A description of one state: a determiner and a state noun with up to three words between ("cette ex-république
     * soviétique", "this majority Muslim nation", "the former Soviet republic", "le pays enclavé"), or a superlative
     * of people ("la plus peuplée des républiques", "the most populous", "самая населённая").
     */
    private static final Pattern ONE_STATE = Pattern.compile("(?<!\\p{L})(?:(?:ce|cet|cette|le|la|du|au|this|the|that)"
            + "\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:ex-?)?(?:république|republique|pays|état|etat|nation|republic|country)"
            + "(?!\\p{L})|plus\\s+peuplée?s?(?!\\p{L})|most\\s+populous|самая\\s+населённая|самой\\s+населённой"
            + "|самая\\s+населенная|самой\\s+населенной)", FLAGS);
    /** "cette région", "this region": the region the article is about, before the number. */
    private static final Pattern THIS_REGION = Pattern.compile("(?<!\\p{L})(?:cette\\s+région|this\\s+region|этот\\s+"
            + "регион)(?!\\p{L})", FLAGS);

    /**
     * The owner of a population count, or null to leave its parties as they are.
     *
     * @param start    where the figure's text begins
     * @param numberEnd where the figure's number ends
     * @param end      where the figure's text ends
     * @param sentence the sentence's mentions
     * @param before   the body's mentions before the figure
     * @param title    the headline's country codes, in order
     */
    static List<String> owner(int start, int numberEnd, int end, String text, int sentenceStart, List<Mention> sentence,
                              List<Mention> before, List<String> title) {
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY && m.kind() != PlaceKind.CITY) {
                continue;
            }
            if (m.end() <= start && m.end() >= start - REACH
                    && POSSESSIVE.matcher(text.substring(m.end(), start)).matches()
                    || m.start() >= end && m.start() - numberEnd < REACH
                    && GENITIVE.matcher(text.substring(numberEnd, m.start())).matches()) {
                return List.of(m.code()); // "Afghanistan's 40-million population", "населения Афганистана"
            }
        }
        int from = Math.max(sentenceStart, start - REACH);
        String lead = text.substring(from, start);
        Matcher state = ONE_STATE.matcher(lead);
        int described = -1;
        int opens = -1;
        while (state.find()) {
            opens = opens < 0 ? from + state.start() : opens;
            described = from + state.end();
        }
        if (described >= 0 && !countryBetween(sentence, described, start) && !clauseBreak(text, described, start)) {
            Mention apposed = apposedTo(sentence, opens, text);
            String country = apposed != null ? apposed.code() : lastCentralAsian(before, title);
            if (country != null) {
                return List.of(country);
            }
        }
        Matcher region = THIS_REGION.matcher(lead);
        if (region.find() && !countryBetween(sentence, from + region.end(), start)) {
            return CENTRAL_ASIA;
        }
        boolean namesRegion = false;
        for (Mention m : sentence) {
            if (CENTRAL_ASIAN.contains(m.code())) {
                return null; // a country of the region named: the sentence says whose
            }
            namesRegion |= Subjects.REGION.equals(m.code()) && m.kind() == PlaceKind.REGION;
        }
        return namesRegion ? CENTRAL_ASIA : null;
    }

    /** Between a country and a description in apposition: "Mongolia, the country", "Kazakhstan is the largest". */
    private static final Pattern APPOSITION = Pattern.compile("^\\s*(?:,|,?\\s*(?:which\\s+)?(?:is|was|est|était)"
            + "|,\\s*(?:un|une|a|an))\\s*$", FLAGS);

    /** The country or town the description opening at {@code opens} stands in apposition to, or null. */
    private static Mention apposedTo(List<Mention> sentence, int opens, String text) {
        Mention last = null;
        for (Mention m : sentence) {
            if (m.end() <= opens && (m.kind() == PlaceKind.COUNTRY || m.kind() == PlaceKind.CITY)
                    && !Subjects.REGION.equals(m.code())) {
                last = m;
            }
        }
        return last != null && opens - last.end() < REACH
                && APPOSITION.matcher(text.substring(last.end(), opens)).matches() ? last : null;
    }

    private static boolean countryBetween(List<Mention> sentence, int from, int to) {
        for (Mention m : sentence) {
            if (m.start() >= from && m.start() < to && !Subjects.REGION.equals(m.code())) {
                return true;
            }
        }
        return false;
    }

    /** A full stop, semicolon or colon between the description and the number: another clause says it. */
    private static boolean clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))) || c == ';' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** The Central Asian country named last in the body before the figure, else the headline's last. */
    private static String lastCentralAsian(List<Mention> before, List<String> title) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (m.kind() != PlaceKind.REGION && CENTRAL_ASIAN.contains(m.code())) {
                return m.code();
            }
        }
        for (int k = title.size() - 1; k >= 0; k--) {
            if (CENTRAL_ASIAN.contains(title.get(k))) {
                return title.get(k);
            }
        }
        return null;
    }
}
