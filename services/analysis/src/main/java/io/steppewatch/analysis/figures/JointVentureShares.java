package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Words;

/**
 * The parties of a share a party holds or contributes in a joint venture or consortium: the holder first, then the
 * venture's other parties its sentence names ("China will provide 51% of the funds of the joint venture with
 * Kazakhstan" `[CN, KZ]`; LABEL-FIXES decision 43 of round 36: a stake in a venture is a term of the deal among its
 * parties, no one party's own amount).
 */
final class JointVentureShares {

    /** Words that name a joint venture or consortium in en, ru, fr, kk and uz, folded; a sentence must hold one. */
    private static final List<String> VENTURE_WORDS = List.copyOf(Words.foldAll(
            "joint venture", "joint-venture", "consortium", "joint stock", "joint-stock",
            "совместное предприят", "совместного предприят", "совместному предприят", "совместным предприят",
            "совместном предприят", "совместного с", "консорциум",
            "coentreprise", "co-entreprise", "entreprise commune",
            "бірлескен кәсіпорын", "бірлескен",
            "qo'shma korxona", "qoʻshma korxona", "qo‘shma korxona", "қўшма корхона"));

    private JointVentureShares() {
    }

    /**
     * The holder's parties followed by the other countries of the sentence, for a percentage in a sentence that names a
     * joint venture; null for any other figure and when the sentence names no other country.
     */
    static List<String> parties(SurfaceFigure figure, String sentenceText, List<Mention> sentence, List<String> found) {
        if (!"percent".equals(figure.unit()) || found.isEmpty()
                || !Words.containsAny(Words.foldKeepingOffsets(sentenceText), VENTURE_WORDS)) {
            return null;
        }
        List<String> parties = new ArrayList<>(found);
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.COUNTRY && !parties.contains(m.code())) {
                parties.add(m.code());
            }
        }
        return parties.size() > found.size() ? List.copyOf(parties) : null;
    }
}
