package io.steppewatch.analysis.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.steppewatch.analysis.text.Sentences;

/**
 * Containers written as a ceiling: "a new hub will handle up to 300,000 TEU", "the port is to receive up to 600 thousand
 * containers per year", "jusqu'à 200 000 EVP". A most that a port, hub or line is to serve is its ability, which the
 * vocabulary measures as {@code cargo.capacity} (LABEL-FIXES.md, "Capacity and volume": a design figure the finished
 * facility will allow, as a hub's "up to 300 thousand TEU per year"). The same words after a verb of growth ("expected to
 * increase up to 40,000 containers", "выросли до 1 млн ДФЭ") give the level a flow reaches, which stays containers
 * carried. Russian and Kazakh "до", "дейін" mostly say that level and are left alone.
 */
final class ContainerCeilings {

    /** English "up to" and French "jusqu'à" ending right before the number. */
    private static final Pattern CEILING_BEFORE = Pattern.compile("(?:\\bup\\s+to|\\bjusqu['’]\\s*(?:à|a|au))\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Verbs of growth before the ceiling in its sentence: "announced their goal to increase the volume up to 96,000 TEU",
     * "porter le trafic jusqu'à". The lexicon files "to increase" among words of a goal, not of a change, so they are
     * named here.
     */
    private static final Pattern GROWTH_BEFORE = Pattern.compile("\\b(?:increas\\w*|grow\\w*|grew|rise|rises|rising|rose"
            + "|rais\\w*|reach\\w*|expand\\w*|boost\\w*|doubl\\w*|bring\\w*|brought|augment\\w*|atteindr\\w*|port(?:er|era|eront)"
            + "|progress\\w*|hausse)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** How far before the number the ceiling words are looked for (characters). */
    private static final int REACH = 16;

    private ContainerCeilings() {
    }

    /** Whether a figure of containers is the most a place or line is to serve, not a level its flow reaches. */
    static boolean isCeiling(SurfaceFigure figure, FigureContext context, Sentences.Sentence sentence) {
        int from = Math.max(sentence.start(), figure.start() - REACH);
        Matcher ceiling = CEILING_BEFORE.matcher(context.text()).region(from, figure.start());
        if (!ceiling.find()) {
            return false;
        }
        int wordsStart = ceiling.start();
        if (GROWTH_BEFORE.matcher(context.text()).region(sentence.start(), wordsStart).find()) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : FigureContext.cuesIn(context, sentence)) {
            if ("change".equals(hit.value()) && hit.end() <= wordsStart) {
                return false; // "is expected to increase up to ...": a growth, whose level is containers carried
            }
        }
        return true;
    }
}
