package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * The kilometres a train, truck, convoy or shipment covers on its way: a verb of covering a distance next to the
 * length ("covering 4,900 kilometers in 20 days", "traversant 300 km", "проехали 2760 км", "5170 шақырым жол
 * жүріп", "yo'l bosib o'tdi") in a sentence that, with the one before, names a conveyance. Such a length is the
 * journey's, `route.length`, as a journey noun makes it (LABEL-FIXES rounds 27 and 28: "a train's journey on no named
 * line"; gold-q, gold-ze, gold-zr). Without a conveyance a verb of covering measures works or a canal ("the project
 * covered 285 KM"), which stay `other`.
 */
final class JourneyVerbs {

    /** Verbs of covering a distance, as word beginnings in the five languages. */
    private static final List<String> VERBS = Words.foldAll("cover", "travel", "parcour", "traversant", "traverse",
            "преодол", "проехал", "проедет", "проделал", "проделает", "жүріп", "жүреді", "jurip", "bosib", "босиб");
    /** Things that travel: trains, trucks, convoys, shipments, containers, their drivers. */
    private static final List<String> CONVEYANCES = Words.foldAll("train", "truck", "lorr", "convoy", "shipment",
            "cargo", "freight", "container", "wagon", "vehicle", "driver", "trucker", "caravan",
            "camion", "convoi", "conteneur", "marchandise", "cargaison", "vehicule", "chauffeur",
            "поезд", "состав", "грузовик", "фур", "водител", "дальнобой", "контейнер", "груз", "вагон", "колонн",
            "конво", "пойыз", "poiyz", "жүк", "көлік", "poyezd", "yuk", "юк", "haydovchi", "konteyner");
    /** Any word starting with one of them, answered once per word and per sentence ({@link FigureMetrics#names}). */
    private static final WordStems CONVEYANCE = FigureMetrics.wordsOrStems(Set.of(), CONVEYANCES);
    /** How many words before or after the figure the verb may stand. */
    private static final int REACH = 3;

    private JourneyVerbs() {
    }

    /** Whether a length is a journey's: a verb of covering next to it, a conveyance in its sentence or the one before. */
    static boolean journeyLength(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence,
                                 Sentences.Sentence previous) {
        if (sentence == null || !verbNear(figure, context, sentence)) {
            return false;
        }
        return names(context, sentence) || (previous != null && names(context, previous));
    }

    private static boolean verbNear(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        List<Words.Word> words = context.wordsOf(sentence);
        String text = context.text();
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (word.start() < figure.start() || word.start() >= figure.end()) {
                continue;
            }
            int first = i;
            int last = i;
            while (last + 1 < words.size() && words.get(last + 1).start() < figure.end()) {
                last++;
            }
            for (int k = Math.max(0, first - REACH); k < first; k++) {
                if (isVerb(words.get(k)) && !TextWalks.crossesClause(text, words.get(k).end(), figure.start())) {
                    return true;
                }
            }
            for (int k = last + 1; k < words.size() && k <= last + REACH; k++) {
                if (isVerb(words.get(k)) && !TextWalks.crossesClause(text, figure.end(), words.get(k).start())) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static boolean isVerb(Words.Word word) {
        String folded = word.folded();
        return Words.startsWithAny(folded, VERBS) && !"travers".equals(folded);
    }

    private static boolean names(FigureContext context, Sentences.Sentence sentence) {
        return FigureMetrics.names(context, sentence, CONVEYANCE);
    }
}
