package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * A delivery or transit time along a corridor is the corridor's alone (decision 39 of round 36: "a delivery or transit
 * time along it (`delivered in just 12-15 days via the TITR`)", whoever reports it and whatever ends the sentence names):
 * "goods now take 16 days along the corridor", "delivered via the TITR in 10 days", "срок доставки по
 * коридору", "ТМТМ бойынша 15 күнде". The corridor is the one the sentence names, else, for "the corridor" or "this
 * corridor", the one the article is about. A time on one country's section of the corridor is that country's, which
 * {@link Subjects} reads: this class leaves sentences naming a section alone.
 */
final class CorridorTimes {

    private CorridorTimes() {
    }

    /** Words before a corridor that put a journey along it: "along", "via", "по", "через", "le long", "par". */
    private static final Set<String> ALONG_BEFORE = WordSet.copyOf(Words.foldAll("along", "via", "through", "по",
            "через", "вдоль", "long", "par"));
    /** Words after a corridor that do so in Kazakh and Uzbek: "бойынша", "арқылы", "orqali", "бўйлаб". */
    private static final Set<String> ALONG_AFTER = WordSet.copyOf(Words.foldAll("бойынша", "бойымен", "арқылы",
            "orqali", "орқали", "бўйлаб", "boylab"));
    /** Beginnings of the word "corridor" that "the corridor" or "this corridor" is written with. */
    private static final List<String> CORRIDOR_STEMS = Words.foldAll("corridor", "коридор", "couloir", "дәліз",
            "йўлак");
    /** Beginnings of words of a section of a line: its time is the section's country's. */
    private static final List<String> SECTION_STEMS = Words.foldAll("section", "segment", "stretch", "troncon",
            "участ", "учаске", "bo'lag", "qism");
    /** How many words an along word may stand from the corridor ("along the East-West corridor"). */
    private static final int REACH = 3;

    /**
     * The corridor alone, when the figure is a number of days in a sentence that puts a journey along a corridor and
     * names no section; else null.
     *
     * @param own       the words of the figure's sentence
     * @param mentions  the places the sentence names
     * @param corridors the corridors of the article, the most named first
     */
    static List<String> corridor(String unit, List<Words.Word> own, List<Mention> mentions, List<String> corridors) {
        if (!"days".equals(unit)) {
            return null;
        }
        for (Words.Word word : own) {
            if (Words.startsWithAny(word.folded(), SECTION_STEMS)) {
                return null;
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.CORRIDOR && along(own, Subjects.indexAt(own, m.start()),
                    Subjects.lastWordStartingBefore(own, m.end()))) {
                return List.of(m.code());
            }
        }
        if (corridors.isEmpty()) {
            return null;
        }
        for (int i = 0; i < own.size(); i++) {
            if (Words.startsWithAny(own.get(i).folded(), CORRIDOR_STEMS) && along(own, i, i)) {
                return List.of(corridors.get(0));
            }
        }
        return null;
    }

    /** Whether an along word stands a few words before words {@code [first, last]}, or a postposition after them. */
    private static boolean along(List<Words.Word> own, int first, int last) {
        for (int i = Math.max(0, first - REACH); i < first; i++) {
            if (ALONG_BEFORE.contains(own.get(i).folded())) {
                return true;
            }
        }
        for (int i = last + 1; i < own.size() && i <= last + REACH; i++) {
            if (ALONG_AFTER.contains(own.get(i).folded())) {
                return true;
            }
        }
        return false;
    }
}
