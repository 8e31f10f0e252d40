package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A country named as the one that ships, sells or supplies what a sentence counts ("Mongolia shipped 3 mln tons of
 * coal in 2021", "Kyrgyzstan has sold 12,000 tonnes of apricots", "Le Kazakhstan a expédié", "Казахстан
 * отгрузил 2 млн тонн зерна"): the tonnes of a product a country ships abroad are that product's flow, `other`, in
 * total as well as to a named buyer (decision of round 26, "a commodity in tonnes shipped abroad"), not the freight
 * of a line, which a railway, pipeline, port or operator named in the sentence would make them.
 */
final class CountryShippers {

    private CountryShippers() {
    }

    /** Verbs, past or present, whose subject sends goods abroad. */
    private static final Set<String> SHIPPING_VERBS = Set.copyOf(Words.foldAll("shipped", "ships", "exported",
            "exports", "sold", "sells", "supplied", "supplies", "delivered", "delivers", "sent", "expedie", "exporte",
            "vendu", "livre", "отгрузил", "отгрузила", "отгрузило", "экспортировал", "экспортировала",
            "экспортировало", "поставил", "поставила", "поставило", "продал", "продала", "продало"));
    /** Words that may stand between the country and its verb ("has shipped", "a déjà expédié", "also sold"). */
    private static final Set<String> AUXILIARIES = Set.copyOf(Words.foldAll("has", "have", "had", "also", "already",
            "a", "ont", "deja", "aussi", "уже", "также"));
    /** How many such words may come between. */
    private static final int AUXILIARY_REACH = 2;

    /** Whether a country of the sentence is the subject of a verb of shipping right after its name. */
    static boolean namedIn(FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.words();
        for (Mention mention : context.mentionsIn(sentence.start(), sentence.end())) {
            if (mention.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            int at = context.wordStarts().at(mention.end());
            for (int i = at; i < words.size() && i <= at + AUXILIARY_REACH && words.get(i).end() <= sentence.end();
                    i++) {
                String folded = words.get(i).folded();
                if (SHIPPING_VERBS.contains(folded)) {
                    return !TextWalks.crossesClause(context.text(), mention.end(), words.get(i).start());
                }
                if (!AUXILIARIES.contains(folded)) {
                    break;
                }
            }
        }
        return false;
    }
}
