package io.steppewatch.analysis.figures;

import java.util.List;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.text.Sentences;

/**
 * A sum or change of exports or imports whose sentence points back at the flow the sentence before has just given
 * ("that is $9 million more in export value", "in value terms, exports doubled",
 * "the value of these exports amounted to", "экспортный показатель увеличился на 5,2%"), where that flow was a named
 * product's: the figure goes on with that product, `other` (team a: product-category flows are `other`; decision 57:
 * a change of one product's trade is `other`), though its own sentence names no product. The pointer is a phrase that
 * can only refer to a flow already stated; a sentence that names the whole trade ("total", "foreign") or a product of
 * its own is left to the other rules.
 */
final class FlowPointedBack {

    private FlowPointedBack() {
    }

    /** Phrases that restate the flow just given, lower case: a demonstrative, or "in monetary terms" and its kin. */
    private static final SentenceGate POINTERS = SentenceGate.literals(List.of("this marks", "this is ",
            "this represents", "these exports", "these imports", "these supplies", "in monetary terms",
            "in value terms", "in money terms", "в денежном выражении", "в стоимостном выражении",
            "экспортный показатель", "импортный показатель", "этот экспорт", "этот импорт", "en valeur",
            "ces exportations", "ces importations"));

    /**
     * Whether the figure's sentence points back at a flow of the sentence before that names a product, the figure read
     * just before being `other` there or in the figure's own sentence.
     */
    static boolean continuesAProductsFlow(FigureContext context, int index, Sentences.Sentence sentence,
                                          ExtractedFigure before) {
        if (index == 0 || before == null || before.offset() < 0 || !FigureAnnotator.OTHER.equals(before.metric())
                || FigureContext.sentenceOf(context, before.offset()) < index - 1
                || !context.sentenceFinds(POINTERS, sentence)
                || FigureContext.hasCue(context, sentence, "commodity")) {
            return false;
        }
        Sentences.Sentence previous = context.sentences().get(index - 1);
        return previous.paragraph() >= sentence.paragraph() - 1 && FigureContext.hasCue(context, previous, "commodity")
                && !HeadlineProducts.saysTheWhole(context, sentence);
    }
}
