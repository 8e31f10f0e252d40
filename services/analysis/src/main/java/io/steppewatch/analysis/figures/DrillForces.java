package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Words;

/**
 * A drill's count whose own noun phrase names the forces counted is those forces' alone: "250 Russian paratroopers",
 * "200 Chinese soldiers", "2 500 militaires russes, tadjiks et ouzbeks", "1,5 тыс военнослужащих ВС РФ и
 * Узбекистана", "200 адам — Қытай әскериі" (the drills decision of 2026-12-03 and its round-23 audit: a host's or a
 * base's country is no party, named contingents are; decision 6 of round 29: an `other` figure takes the parties of
 * what it counts). The phrase is read word by word after the number: country adjectives or names, nouns of troops or
 * equipment, "of", "from" and the like, joined by "and", commas or a dash; a second group of troops after "and"
 * ("and servicemen of Kyrgyzstan's National Guard") is counted by no number and ends the phrase. A country the rest
 * of the sentence names — the host, the border the drill is near, the pair "the two countries" — is not read.
 * Stateless.
 */
final class DrillForces {

    private DrillForces() {
    }

    /**
     * Words of drills that {@link FigureMeasures#DRILL_GATE} does not hold: the Kazakh and Uzbek ones ("оқу-жаттығу",
     * "mashg'ulot", "mashqlar"), asked once per sentence.
     */
    static final SentenceGate TURKIC_DRILLS = SentenceGate.startingAtKeys(Pattern.compile(
            "(?:жаттығу\\w*|mashq\\w*|mashg\\W?ulot\\w*|машқ\\w*|машғулот\\w*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
            List.of("жаттығу", "mashq", "mashg", "машқ", "машғулот"));

    /** Beginnings of nouns of the forces or the equipment a drill counts (folded). */
    private static final List<String> FORCE_STEMS = Words.foldAll("troop", "soldier", "servicem", "paratroop",
            "militar", "personnel", "officer", "marine", "vehicle", "aircraft", "helicopter", "tank", "soldat",
            "militaire", "homme", "vehicul", "avion", "военнослужащ", "военн", "солдат", "десантник", "офицер",
            "техник", "самолет", "вертолет", "сарбаз", "әскер", "адам", "askar", "harbiy");

    /** Words that may stand inside such a phrase between the number and the forces (folded). */
    private static final Set<String> FILLERS = Set.copyOf(Words.foldAll("of", "from", "the", "armed", "forces", "s",
            "thousand", "de", "des", "du", "d", "mille", "тыс", "тысячи", "тысяч", "вс", "вооруженных", "сил", "мың",
            "ming"));

    /** Words joining two members of the phrase (folded). */
    private static final Set<String> JOINS = Set.copyOf(Words.foldAll("and", "et", "и", "va", "және", "мен"));

    /** What may stand between two words of the phrase: spaces, a comma, a dash, an apostrophe. */
    private static final Pattern GAP = Pattern.compile("[\\s,\\-–—'’]*");

    /** How many words after the number the phrase may run. */
    private static final int REACH = 8;

    /**
     * The countries the noun phrase right after the figure's number names as the forces it counts, when that phrase
     * names a force or its equipment; null when it names no country or no force.
     *
     * @param numberEnd where the figure's number ends
     * @param words     the words of the figure's sentence
     * @param sentence  the places the sentence names
     */
    static List<String> counted(int numberEnd, String text, List<Words.Word> words, List<Mention> sentence) {
        int i = 0;
        while (i < words.size() && words.get(i).start() < numberEnd) {
            i++;
        }
        Set<String> countries = new TreeSet<>();
        boolean force = false;
        boolean joined = false;
        int last = numberEnd;
        for (int read = 0; i < words.size() && read < REACH; read++) {
            Words.Word word = words.get(i);
            if (!GAP.matcher(text.substring(last, word.start())).matches()) {
                break; // a full stop, a bracket, a colon, another number: the phrase is over
            }
            Mention country = countryAt(word, sentence);
            if (country != null) {
                countries.add(country.code());
                i = wordAfter(words, i, country.end());
                last = country.end();
                joined = false;
                continue;
            }
            String folded = word.folded();
            if (isForce(folded)) {
                if (joined && force && !countries.isEmpty()) {
                    break; // "... paratroopers and servicemen of Kyrgyzstan's": another group, counted by no number
                }
                force = true;
            } else if (JOINS.contains(folded)) {
                joined = true;
            } else if (!FILLERS.contains(folded)) {
                break;
            }
            last = word.end();
            i++;
        }
        return force && !countries.isEmpty() ? List.copyOf(countries) : null;
    }

    /** Words before a country that make it where a drill is held, not who takes part ("in", "near", "у границы с"). */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?:\\b(?:in|into|inside|near|at|au|aux|en|dans|à|près\\s+de|в|во|у|близ|на)\\s+(?:the\\s+)?"
                    // a range or a province between ("на полигоне «Термез»", "в Сурхандарьинской области Узбекистана")
                    + "(?:(?:полигон\\w*|range|training\\s+ground|terrain\\s+d['’]entraînement|\\p{L}+\\s+(?:области"
                    + "|oblast|region|province|провинции))\\s+(?:of\\s+(?:the\\s+)?|de\\s+)?[«\"“]?)?"
                    + "|\\b(?:territory|territoire|территории)\\s+(?:of\\s+(?:the\\s+)?|de\\s+l['’]|de\\s+la\\s+|du\\s+|de\\s+)?"
                    + "|\\b(?:border|frontière|границ\\w*)\\s+(?:with\\s+(?:the\\s+)?|avec\\s+(?:l['’]|le\\s+|la\\s+)?|с\\s+)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A border word right after a country ("Afghan border", "афганской границы", "frontière afghane" aside). */
    private static final Pattern BORDER_AFTER = Pattern.compile("^\\s*(?:-\\s*)?(?:border|frontier|границ|шекара|chegara)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int PLACE_REACH = 30;

    /**
     * The forces of a joint drill the lead names — the body's first line, which opens the story the headline
     * announces (so many Chinese and Kyrgyz troops joining a counter-terrorism exercise; Russia and Uzbekistan to
     * hold a joint exercise near the Afghan border) — for a count of that
     * drill whose own sentence names no party taking part (only where the drill is held, the border it is near, or
     * none at all; a town or a leader named as who acts, "Moscow will also use 420 units", is a party): the two
     * countries or more the lead names not as a place, when neither the lead nor the headline names a bloc (a CSTO
     * drill is the bloc's: the drills decision); null otherwise.
     *
     * @param leadEnd  where the lead, the body's first line, ends
     * @param lead     the places the lead names
     * @param sentence the places the figure's sentence names
     * @param title    the country and bloc codes of the headline
     */
    static List<String> leadForces(String text, int leadEnd, List<Mention> lead, List<Mention> sentence,
                                   List<String> title) {
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.BLOC || ACTORS.contains(m.kind()) && !namedAsPlace(m, text)) {
                return null; // a force of its own, or a bloc's drill
            }
        }
        if (leadEnd <= 0 || title.stream().anyMatch(BLOCS::contains)
                || !FigureMeasures.DRILL_GATE.pattern().matcher(text).region(0, leadEnd).find()
                && !TURKIC_DRILLS.pattern().matcher(text).region(0, leadEnd).find()) {
            return null;
        }
        Set<String> forces = new TreeSet<>();
        for (Mention m : lead) {
            if (m.kind() == PlaceKind.BLOC) {
                return null;
            }
            if (m.kind() == PlaceKind.COUNTRY && m.code().length() == 2 && !namedAsPlace(m, text)) {
                forces.add(m.code());
            }
        }
        return forces.size() >= 2 ? List.copyOf(forces) : null;
    }

    /** Kinds of names that, not named as a place, say who takes part: a country, a capital, a leader. */
    private static final Set<PlaceKind> ACTORS = Set.of(PlaceKind.COUNTRY, PlaceKind.CITY, PlaceKind.LEADER);
    /** Blocs that hold drills of their own. */
    private static final Set<String> BLOCS = Set.of("CSTO", "SCO");

    private static boolean namedAsPlace(Mention m, String text) {
        int from = Math.max(0, m.start() - PLACE_REACH);
        return PLACE_BEFORE.matcher(text.substring(from, m.start())).find()
                || BORDER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + PLACE_REACH))).find();
    }

    private static boolean isForce(String folded) {
        for (String stem : FORCE_STEMS) {
            if (folded.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The country mention that starts at {@code word}, or null. */
    private static Mention countryAt(Words.Word word, List<Mention> sentence) {
        for (Mention m : sentence) {
            if (m.start() == word.start() && m.kind() == PlaceKind.COUNTRY && m.code().length() == 2) {
                return m;
            }
        }
        return null;
    }

    /** The index of the first word that starts at or after {@code end}. */
    private static int wordAfter(List<Words.Word> words, int from, int end) {
        int i = from;
        while (i < words.size() && words.get(i).start() < end) {
            i++;
        }
        return i;
    }
}
