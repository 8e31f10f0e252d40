package io.steppewatch.analysis.figures;

import java.util.regex.Pattern;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;

/**
 * A share of a country's total trade, exports or imports that the text dates before (decision 51 of round 37: "a
 * figure stated in the present tense takes a period carried from the sentence or headline before ... when it is part
 * of, a share of or a place in the very total that sentence dates"). The whole is named as the total itself —
 * "du volume total des échanges", "от общего объема таджикского экспорта", "umumiy eksport hajmining", "Eksport
 * tarkibida", "of the total foreign trade turnover" — and the statistics it belongs to were dated paragraphs before,
 * farther than the carry reaches, or with a heading or a remark between (a paragraph dated "de janvier à juin", then a later
 * one: "la Chine et la Russie, ses premiers partenaires, pèsent respectivement 20 % et 12 % du total des
 * échanges"). Such a share takes the last period the text set, when the period rules leave
 * it none and its own sentence names no period. A share of a standing flow, a stake, or what a pipeline or port carries
 * (decision 51's second clause: `standing`, `conduit`, `flowing`, `stake`, `economy` cues) is left alone.
 */
final class TradeTotalShares {

    /** The whole named as a country's total trade, exports or imports, in the five languages. */
    private static final Pattern TRADE_TOTAL = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "(?:total|overall)\\s+(?:volume\\s+of\\s+)?(?:\\p{L}+\\s+){0,2}?(?:trade|exports?|imports?|turnover)"
            + "|total(?:e|es)?\\s+(?:des\\s+|de\\s+l['’]\\s*)(?:échanges|exportations|importations|commerce)"
            + "|(?:échanges|exportations|importations)\\s+(?:commerciales?\\s+)?totales?"
            + "|общ\\p{L}*\\s+(?:объем\\p{L}*\\s+)?(?:\\p{L}+\\s+){0,2}?(?:экспорт|импорт|товарооборот|внешнеторгов)"
            + "|структур\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:экспорт|импорт)"
            + "|(?:umumiy|jami)\\s+(?:\\p{L}+\\s+)?(?:eksport|import|savdo|tovar\\s+aylanma)"
            + "|(?:eksport|import)\\p{L}*\\s+(?:umumiy\\s+hajm|tarkib)"
            + "|жалпы\\s+(?:\\p{L}+\\s+)?(?:экспорт|импорт|сауда|тауар\\s*айналым)"
            + ")");

    /** The cues of a standing share, which decision 51 leaves without a period. */
    private static final String[] STANDING_CUES = {"standing", "conduit", "flowing", "stake", "economy"};

    private TradeTotalShares() {
    }

    /**
     * Whether the share is one of the total trade, exports or imports, with no period in its own sentence and no cue
     * of a standing share: then it takes the period of the statistics the text dated before.
     */
    static boolean applies(Measure measure, FigureContext context, Sentences.Sentence sentence) {
        if (measure != Measure.SHARE || !context.periodsIn(sentence.start(), sentence.end()).isEmpty()) {
            return false;
        }
        for (String kind : STANDING_CUES) {
            if (FigureContext.hasCue(context, sentence, kind)) {
                return false;
            }
        }
        return TRADE_TOTAL.matcher(context.text()).region(sentence.start(), sentence.end()).find();
    }
}
