package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Map;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Words;

/**
 * The two sides of a border crossing known by its town. LABEL-FIXES "Freight at a port or crossing of a corridor"
 * (2026-12-03): freight a sentence counts at a border crossing takes both countries. The gazetteer gives such a town
 * one country (Sarakhs is Iran's, Hairatan and Torghundi Afghanistan's), so freight counted through such a town's
 * station, port or border terminal lost the other side wherever the headline did not name it. The
 * towns here are crossings and little else in the news: the rail and road gates between Iran and Turkmenistan, and
 * Afghanistan's gates to Uzbekistan and Turkmenistan. (Khorgos and Alashankou are left out: the labels give a terminal
 * there its own country and the crossing both, by the words of each text.)
 */
final class CrossingTowns {

    private CrossingTowns() {
    }

    /**
     * Beginnings of the town's name, folded as {@link Words#fold} folds them ("Хайратан" is "хаиратан"), and the
     * crossing's two sides, sorted.
     */
    private static final Map<String, List<String>> SIDES = Map.ofEntries(
            Map.entry("sarakhs", List.of("IR", "TM")), Map.entry("serakhs", List.of("IR", "TM")),
            Map.entry("sarahs", List.of("IR", "TM")), Map.entry("серахс", List.of("IR", "TM")),
            Map.entry("hairatan", List.of("AF", "UZ")), Map.entry("hayratan", List.of("AF", "UZ")),
            Map.entry("хаиратан", List.of("AF", "UZ")),
            Map.entry("torghundi", List.of("AF", "TM")), Map.entry("turghundi", List.of("AF", "TM")),
            Map.entry("торгунди", List.of("AF", "TM")), Map.entry("тургунди", List.of("AF", "TM")));

    /**
     * The sides of the one known crossing town the sentence names, when it names no corridor, bloc or region and no
     * country or town outside those two sides; else null.
     */
    static List<String> sides(List<Mention> sentence, List<Words.Word> words) {
        List<String> sides = null;
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.CITY) {
                continue;
            }
            List<String> known = known(m, words);
            if (known != null) {
                if (sides != null && !sides.equals(known)) {
                    return null; // two crossings: each figure has its own
                }
                sides = known;
            }
        }
        if (sides == null) {
            return null;
        }
        for (Mention m : sentence) {
            if (!sides.contains(m.code())) {
                return null; // "from Kazakhstan to Turkiye through Sarakhs": the route's own parties
            }
        }
        return sides;
    }

    private static List<String> known(Mention town, List<Words.Word> words) {
        int at = Subjects.indexAt(words, town.start());
        if (at >= words.size()) {
            return null;
        }
        String folded = words.get(at).folded();
        for (Map.Entry<String, List<String>> e : SIDES.entrySet()) {
            if (folded.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
