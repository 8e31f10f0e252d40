package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * The country a headline's flow crosses: "Kazakhstan begins to carry Russian gas to Uzbekistan", "Russian gas
 * transit via Kazakhstan", "транзит российского газа через Казахстан". A volume the body gives for that flow with no
 * party named is the sender's and the receiver's, never the transit country's (LABEL-FIXES decision 64 of round 39:
 * "a trade sum or product flow ... routed through a third country keeps its sender and receiver, not the country it
 * crosses"; decision 45 before it). Stateless.
 */
final class TransitCountries {

    private TransitCountries() {
    }

    /** Words of a transit (folded stems), in en, ru, fr, kk, uz. */
    private static final Stems TRANSIT_STEMS = Stems.copyOf(Words.foldAll("transit", "транзит", "tranzit"));
    /** Words after which the country named is the one crossed: "via Kazakhstan", "через Казахстан". */
    private static final Set<String> VIA_WORDS = WordSet.copyOf(Words.foldAll("via", "through", "across", "через",
            "orqali", "арқылы", "arqyly", "travers"));

    /**
     * The transit country of the headline: the country right after a word of the way ("via Kazakhstan"), else the
     * first country standing before the transit word that owns no goods there ("Kazakhstan to begin Russian gas
     * transit": Russia owns the gas); null when the headline speaks of no transit or names fewer than three countries
     * (with two, one sends and the other receives).
     */
    static String ofHeadline(List<Mention> titleMentions, List<Words.Word> titleWords) {
        int transit = -1;
        for (int i = 0; i < titleWords.size(); i++) {
            if (Words.startsWithAny(titleWords.get(i).folded(), TRANSIT_STEMS)) {
                transit = i;
                break;
            }
        }
        if (transit < 0 || titleMentions.stream().map(Mention::code).distinct().count() < 3) {
            return null;
        }
        for (Mention m : titleMentions) {
            int before = Subjects.wordBefore(m, titleWords);
            if (before >= 0 && VIA_WORDS.contains(titleWords.get(before).folded())) {
                return m.code();
            }
        }
        for (Mention m : titleMentions) {
            if (m.start() >= titleWords.get(transit).start()) {
                break;
            }
            if (!GoodsOwners.owns(m, titleWords)) {
                return m.code();
            }
        }
        return null;
    }
}
