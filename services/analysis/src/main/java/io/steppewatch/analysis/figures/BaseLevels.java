package io.steppewatch.analysis.figures;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Words;

/**
 * The level a goal starts from, marked as the level now or the one a move began at: "to lift trade to $4 billion, up
 * from the present $0.7 billion", "to double the turnover, currently at USD 300
 * million", "which is currently $1.5 million", "devrait passer à 30, actuellement de 18", "с нынешних 3 млрд": the
 * goal's own level is a target, the level it is set against an amount (the standard: `amount` is "a level, a stock or a
 * flow", `target` "a goal or forecast level"). Asked only of a figure a goal was read for.
 */
final class BaseLevels {

    /** The words right before the figure that mark it as the level now or the start of a move. */
    private static final Pattern BASE_BEFORE = Pattern.compile("(?iuU)(?:"
            + "\\b(?:up|down)\\s+from\\s+(?:the\\s+)?(?:current\\s+(?:figure|level|volume)\\s+of\\s+)?"
            + "|\\bcurrently\\s+(?:at\\s+|is\\s+|stands\\s+at\\s+|standing\\s+at\\s+|amounts\\s+to\\s+|totals\\s+)?"
            + "|\\bcurrent\\s+(?:figure|level|volume)\\s+of\\s+"
            + "|\\bactuellement\\s+(?:de\\s+|d['’]\\s*)?"
            + "|\\b(?:с|против|при)\\s+нынешних\\s+"
            + "|\\b(?:сейчас|в\\s+настоящее\\s+время)\\s+(?:составляет\\s+|составляют\\s+)?"
            + ")(?:(?:just|only|about|around|some|nearly|almost|environ|près\\s+de|около|почти|лишь)\\s+)?$");
    private static final int REACH = 60;
    /** The folded words a match of {@link #BASE_BEFORE} can end on: the pattern runs only after one of them. */
    private static final Set<String> LAST_WORDS = Set.copyOf(Words.foldAll("from", "of", "currently", "at", "is",
            "totals", "to", "actuellement", "de", "d", "нынешних", "сейчас", "время", "составляет", "составляют", "just",
            "only", "about", "around", "some", "nearly", "almost", "environ", "près", "около", "почти", "лишь"));

    private BaseLevels() {
    }

    /** Whether the words right before the figure, in its sentence, mark it as the level now or a move's start. */
    static boolean before(String text, int sentenceStart, int figureStart) {
        if (!LAST_WORDS.contains(TextWalks.wordBefore(text, figureStart))) {
            return false;
        }
        Matcher m = BASE_BEFORE.matcher(text).region(Math.max(sentenceStart, figureStart - REACH), figureStart);
        return m.find();
    }
}
