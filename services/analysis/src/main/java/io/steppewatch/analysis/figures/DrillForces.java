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
