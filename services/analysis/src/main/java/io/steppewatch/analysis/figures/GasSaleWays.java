package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * The parties of a sale of gas that passes through a third country: the seller and the buyer only (LABEL-FIXES
 * decision 45 of round 37). The country the gas crosses ("via Kazakhstan", "through the territory of Kazakhstan",
 * "транзитом через Казахстан", "en passant par le Kazakhstan", "Қазақстан арқылы", "Qozog'iston orqali") is the way,
 * not a party; where the reading that found the parties kept the crossed country and lost the buyer, the buyer the
 * sentence names takes its place.
 */
final class GasSaleWays {

    /** Words right before a country crossed, in en, ru and fr, folded. */
    private static final Set<String> WAY_BEFORE = WordSet.copyOf(Words.foldAll("via", "through", "across",
            "через", "travers"));
    /** Kazakh and Uzbek words right after a country crossed (postpositions), folded. */
    private static final Set<String> WAY_AFTER = WordSet.copyOf(Words.foldAll("арқылы", "orqali", "орқали"));
    /** French verbs of passing before "par" ("en passant par", "transitant par"), folded stems. */
    private static final List<String> PASSING_STEMS = List.of("pass", "transit");
    /** Words that may stand between a way word and the country: "the territory of", "территорию", "le". */
    private static final Set<String> FILLERS = WordSet.copyOf(Words.foldAll("the", "territory", "of", "территорию",
            "территории", "le", "la", "l", "les", "territoire", "du", "de", "аумағы", "территориясы", "hududi",
            "ҳудуди"));
    /** Marks that join a line's ends in its name ("Turkmenistan-China"). */
    private static final String DASHES = "-–—";
    /** Marks that split an Uzbek name in two words ("Qozog'iston", "O‘zbekiston"). */
    private static final String APOSTROPHES = "'’‘ʻʼ`";
    /** How many filler words may stand between the way word and the country crossed. */
    private static final int FILLER_REACH = 3;

    private GasSaleWays() {
    }

    /**
     * The seller and buyer of a gas sale whose sentence names a country crossed; null when no country the sentence
     * names is crossed or the parties found hold none.
     */
    static List<String> parties(List<String> found, List<Mention> sentence, String text, List<Words.Word> words,
                                StartIndex<Words.Word> wordStarts) {
        List<String> crossed = new ArrayList<>();
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && found.contains(m.code()) && crossed(m, text, words, wordStarts)) {
                crossed.add(m.code());
            }
        }
        if (crossed.isEmpty()) {
            return null;
        }
        List<String> parties = new ArrayList<>(found);
        parties.removeAll(crossed);
        for (Mention m : sentence) {
            if (parties.size() >= 2) {
                break;
            }
            if (m.kind() == PlaceKind.COUNTRY && !crossed.contains(m.code()) && !parties.contains(m.code())) {
                parties.add(m.code()); // the buyer the way displaced
            }
        }
        return List.copyOf(parties);
    }

    /** Whether a country is named as crossed: a way word before it (fillers between) or a postposition after it. */
    private static boolean crossed(Mention m, String text, List<Words.Word> words, StartIndex<Words.Word> wordStarts) {
        int at = wordStarts.at(m.start());
        if (at >= words.size() || words.get(at).start() != m.start()
                || m.end() < text.length() && DASHES.indexOf(text.charAt(m.end())) >= 0) {
            return false; // "through the Turkmenistan-China pipeline": a line named by its ends, no country crossed
        }
        for (int i = at - 1, fillers = 0; i >= 0 && fillers <= FILLER_REACH; i--, fillers++) {
            String folded = words.get(i).folded();
            if (WAY_BEFORE.contains(folded)) {
                return true;
            }
            if ("par".equals(folded)) {
                return i > 0 && Words.startsWithAny(words.get(i - 1).folded(), PASSING_STEMS);
            }
            if (!FILLERS.contains(folded)) {
                break;
            }
        }
        int after = wordStarts.at(m.end());
        int end = m.end();
        for (int i = after, fillers = 0; i < words.size() && fillers <= 1; i++) {
            Words.Word word = words.get(i);
            if (word.start() == end + 1 && APOSTROPHES.indexOf(text.charAt(end)) >= 0) {
                end = word.end(); // the rest of a name an apostrophe splits ("Qozog'iston")
                continue;
            }
            end = word.end();
            fillers++;
            String folded = word.folded();
            if (WAY_AFTER.contains(folded)) {
                return true;
            }
            if (!FILLERS.contains(folded)) {
                break;
            }
        }
        return false;
    }
}
