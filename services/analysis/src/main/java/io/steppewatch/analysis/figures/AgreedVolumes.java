package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Sentences;

/**
 * The volume an agreement or contract provides for: "the agreement provides for the transportation of 500 million
 * cubic metres", "a contract on the swapping of 1.5-2 billion cubic meters", "an agreement with China covering exports
 * of 5 billion cubic meters", "Соглашение о транзите 4 млн тонн", "договорился о поставках 25 млрд куб. м". What a
 * deal commits the parties to carry, supply or export is a level still to be reached, `target` (the standard's "a
 * goal or forecast level"; the labels make every such volume `target`), whatever the tense of the signing. The
 * noun of carriage or supply stands right before the figure; a contract whose volume the sentence gives further off
 * ("контракта на поставку газа в Узбекистан в объеме 7,7 млрд") is not read.
 */
final class AgreedVolumes {

    private AgreedVolumes() {
    }

    /** Units of the volumes deals carry or supply (money apart: the worth of a deal is no volume). */
    private static final Set<String> UNITS = Set.of("t", "m3", "TEU", "bbl", "kWh");
    /** The nouns of agreement, the gate: a sentence without one has no match. */
    private static final SentenceGate DEAL = SentenceGate.literals(List.of("agreement", "contract", "deal", "соглашени",
            "договор", "контракт"));
    /** A noun of agreement, a link, a noun of carriage or supply and at most one word, right before the figure. */
    private static final Pattern AGREED = Pattern.compile(
            "(?:agreement|contract|deal|соглашени|договор|контракт)\\w*\\s+(?:\\S+\\s+){0,4}?(?:on|for|covering|о|об|на)\\s+"
                    + "(?:the\\s+)?(?:transportation|transit|supply|supplies|delivery|deliveries|exports?|swapping|swap"
                    + "|транзит\\w*|поставк\\w*|экспорт\\w*|перевозк\\w*)\\s+(?:of\\s+)?(?:\\S+\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** Whether the figure is the volume an agreement right before it provides for (see the class comment). */
    static boolean agreed(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        if (!UNITS.contains(figure.unit()) || !context.sentenceFinds(DEAL, sentence)) {
            return false;
        }
        int from = Math.max(sentence.start(), figure.start() - FigureContext.CUE_WINDOW_BEFORE);
        return AGREED.matcher(context.text()).region(from, figure.start()).find();
    }
}
