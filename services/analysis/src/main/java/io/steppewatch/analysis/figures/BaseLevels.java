package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Sentences;
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

    /**
     * Words of now right after a level set against a goal: "contre 10 milliards actuellement", "from 10 million tons
     * annually at present", "против 3 млрд сейчас" (a unit word or two and "annually" may come between).
     */
    private static final Pattern NOW_AFTER = Pattern.compile("(?iuU)^(?:\\s+\\p{L}+){0,3}?[\\s,]+(?:at\\s+present|currently"
            + "|now|today|actuellement|aujourd['’]hui|à\\s+l['’]heure\\s+actuelle|сейчас|в\\s+настоящее\\s+время"
            + "|на\\s+сегодня)\\b");
    private static final int NOW_AFTER_REACH = 50;
    /** How far before a goal's start its level may stand: "to 10 million tons a year from 5 million tons". */
    private static final int GOAL_BEFORE_START = 50;
    /** The words that lead to a goal's level: "to", "à", "до". */
    private static final Set<String> LEVEL_LINKS = Set.copyOf(Words.foldAll("to", "à", "до"));

    private BaseLevels() {
    }

    /**
     * Whether words of now follow the figure ("contre 10 milliards actuellement"): with a word setting it against a
     * goal before it, the figure is the level now, as a year after it makes it a level of that year.
     */
    static boolean nowAfter(String text, int figureEnd) {
        return NOW_AFTER.matcher(text.substring(figureEnd, Math.min(text.length(), figureEnd + NOW_AFTER_REACH))).find();
    }

    /**
     * "may double to 10 million tons a year from 5 million tons", "to lift output to 6 million tonnes by
     * a year from 4.9 million": the level a goal starts from, written after the goal's level with "from". Only when the
     * figure before, in the same clause and close, is led to by "to" (the goal's level): "from" alone also opens a
     * range or names a source.
     */
    static boolean startAfterGoal(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        String text = context.text();
        if (!"from".equals(TextWalks.wordBefore(text, figure.start()))) {
            return false;
        }
        List<SurfaceFigure> surface = context.surface();
        int at = context.surfaceStarts().at(figure.start()) - 1;
        if (at < 0) {
            return false;
        }
        SurfaceFigure level = surface.get(at);
        return level.start() >= sentence.start() && figure.start() - level.end() <= GOAL_BEFORE_START
                && LEVEL_LINKS.contains(TextWalks.wordBefore(text, level.start()))
                && !TextWalks.crossesClause(text, level.end(), figure.start());
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
