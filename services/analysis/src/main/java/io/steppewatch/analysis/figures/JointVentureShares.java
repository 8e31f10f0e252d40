package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
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

    /**
     * Words that name a venture set up or a project built together, asked only of the sentences before a share that
     * names none ("agreed to jointly build", "акционерлік қоғам құрылады"), folded.
     */
    private static final List<String> JOINT_WORDS = List.copyOf(Words.foldAll(
            "jointly", "joint project", "акционерное общество", "акционерного общества", "совместно", "совместный проект",
            "conjointement", "projet commun", "société anonyme", "акционерлік қоғам", "бірлесіп", "бірлескен жоба",
            "aksiyadorlik jamiyati", "акциядорлик жамияти", "birgalikda", "биргаликда"));

    /** Words of a share of a venture, folded: the share or its lead-in must say it is one. */
    private static final List<String> SHARE_WORDS = List.copyOf(Words.foldAll(
            "share", "stake", "доля", "долю", "доли", "долей", "акци", "үлес", "ulush", "улуш", "hissa", "ҳисса",
            "participation", "des parts", "capital", "капитал"));

    /** Marks that open a list item ("- Kazakhstan – 33%;"). */
    private static final String ITEM_MARKS = "-–—•*";

    /** How many list items may stand between a share and its list's lead-in. */
    private static final int ITEM_REACH = 6;

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

    /**
     * The holder's parties followed by the venture's other parties, for a percentage whose sentence names no venture
     * but follows one: a list item under a lead-in ("The project shares are as follows:" then "- Kazakhstan – 33%;")
     * or a sentence of shares right after the sentence that sets the venture up, in its paragraph. The venture is named
     * in the lead-in or the sentence before it (or the sentence before the share), its countries are its parties; null
     * for any other figure.
     */
    static List<String> partiesBefore(SurfaceFigure figure, FigureContext context, int index, List<String> found) {
        if (!"percent".equals(figure.unit()) || found.isEmpty() || index == 0) {
            return null;
        }
        List<Sentences.Sentence> sentences = context.sentences();
        int lead = index - 1;
        boolean item = isItem(context, index);
        if (item) {
            while (lead > 0 && index - lead <= ITEM_REACH && isItem(context, lead)) {
                lead--;
            }
            if (isItem(context, lead)) {
                return null;
            }
        } else if (context.text().lastIndexOf('\n', sentences.get(index).start())
                >= sentences.get(lead).end()) {
            return null; // a sentence of shares only goes on with the sentence before it in its paragraph
        }
        String leadText = Words.foldKeepingOffsets(context.sentenceText(lead));
        String own = Words.foldKeepingOffsets(context.sentenceText(index));
        if (!Words.containsAny(own, SHARE_WORDS) && !(item && Words.containsAny(leadText, SHARE_WORDS))) {
            return null;
        }
        int venture = ventureAt(context, lead) ? lead : item && lead > 0 && ventureAt(context, lead - 1) ? lead - 1 : -1;
        if (venture < 0) {
            return null;
        }
        List<String> parties = new ArrayList<>(found);
        for (int s = venture; s <= index; s++) {
            if (s > lead && s < index) {
                continue; // the other items are the other holders' own
            }
            Sentences.Sentence sentence = sentences.get(s);
            for (Mention m : context.mentionsIn(sentence.start(), sentence.end())) {
                if (m.kind() == PlaceKind.COUNTRY && !parties.contains(m.code())) {
                    parties.add(m.code());
                }
            }
        }
        return parties.size() > found.size() ? List.copyOf(parties) : null;
    }

    /** Whether sentence {@code s} names a venture or a project built together. */
    private static boolean ventureAt(FigureContext context, int s) {
        String folded = Words.foldKeepingOffsets(context.sentenceText(s));
        return Words.containsAny(folded, VENTURE_WORDS) || Words.containsAny(folded, JOINT_WORDS);
    }

    /** Whether sentence {@code s} is a list item: its text opens with an item mark. */
    private static boolean isItem(FigureContext context, int s) {
        String text = context.sentenceText(s).strip();
        return !text.isEmpty() && ITEM_MARKS.indexOf(text.charAt(0)) >= 0;
    }
}
