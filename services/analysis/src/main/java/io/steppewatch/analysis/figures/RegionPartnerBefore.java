package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * A Central Asian country's trade with the rest of the region, the region named as its partner in the sentence
 * before: "Cooperation with the Central Asian republics is growing. Kyrgyzstan's trade with them reached $2 billion",
 * "Le commerce entre le Tadjikistan et les pays d'Asie centrale progresse. En 2023, il a atteint 1 milliard". The
 * region's trade of one of its own countries is the five (as when the same sentence names both: "Uzbekistan's trade
 * with Central Asia", {@link Subjects}); the sentence before is read only when the figure's own sentence names no
 * other country and no region, and the region there stands as a partner (after "with", "between", "and", "с",
 * "между", "entre", "avec", or before Uzbek "bilan", Kazakh "мен"), not as a place ("the largest economy in Central
 * Asia"). Round 45, subj45.
 */
final class RegionPartnerBefore {

    private RegionPartnerBefore() {
    }

    /** Words before the region that make it a partner ("trade with Central Asia", "entre X et l'Asie centrale"). */
    private static final Set<String> PARTNER_BEFORE = WordSet.copyOf(Words.foldAll("with", "between", "and",
            "avec", "entre", "et", "с", "со", "между", "и", "mutual", "mutuel", "mutuelle", "va"));
    /** Postpositions after the region that make it a partner (Uzbek "Markaziy Osiyo davlatlari bilan", Kazakh "мен"). */
    private static final Set<String> PARTNER_AFTER = WordSet.copyOf(Words.foldAll("bilan", "билан", "мен",
            "o'rtasida", "ўртасида", "арасындағы"));
    private static final int BEFORE_REACH = 5;
    private static final int AFTER_REACH = 3;

    /**
     * The five countries when the trade figure's sentence names at most one country, of Central Asia, and no region,
     * the paragraph before it names no country but that one, and the sentence right before names the region as a
     * partner; else null.
     *
     * @param sentence the mentions of the figure's sentence (cities included)
     * @param paragraph the mentions of the figure's paragraph
     * @param sentenceStart the offset where the figure's sentence starts
     * @param previousStart the offset where the sentence before it starts (same as sentenceStart when none)
     */
    static List<String> fiveOfRegion(String metric, List<Mention> sentence, List<Mention> paragraph,
                                     List<Words.Word> words, int sentenceStart, int previousStart) {
        if (!metric.startsWith("trade.") || previousStart >= sentenceStart) {
            return null;
        }
        String country = null;
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.CITY) {
                continue;
            }
            if (Subjects.REGION.equals(m.code()) || !Subjects.CENTRAL_ASIA.contains(m.code())
                    || country != null && !country.equals(m.code())) {
                return null;
            }
            country = m.code();
        }
        boolean partner = false;
        for (Mention m : paragraph) {
            if (m.end() > sentenceStart || m.kind() == PlaceKind.CITY) {
                continue;
            }
            if (Subjects.REGION.equals(m.code())) {
                partner = partner || m.start() >= previousStart && standsAsPartner(m, words);
                continue;
            }
            if (!Subjects.CENTRAL_ASIA.contains(m.code()) || country != null && !country.equals(m.code())) {
                return null;
            }
            country = m.code();
        }
        return partner && country != null ? Subjects.CENTRAL_ASIA : null;
    }

    private static boolean standsAsPartner(Mention region, List<Words.Word> words) {
        int at = Subjects.indexAt(words, region.start());
        for (int i = Math.max(0, at - BEFORE_REACH); i < at; i++) {
            if (PARTNER_BEFORE.contains(words.get(i).folded())) {
                return true;
            }
        }
        for (int i = at; i < words.size() && i < at + AFTER_REACH + 2 && words.get(i).start() < region.end() + 40;
             i++) {
            if (words.get(i).start() >= region.end() && PARTNER_AFTER.contains(words.get(i).folded())) {
                return true;
            }
        }
        return false;
    }
}
