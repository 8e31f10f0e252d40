package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;

/**
 * The parties of a count of the dead or wounded in a clash between two countries' sides (Kyrgyz–Tajik border
 * fighting, Tajik border guards and intruders from Afghanistan): both countries, whichever side's casualties the figure
 * counts (the gold README, settled 2026-12-03). The two sides are the two countries of the region its sentence names,
 * else its paragraph; a figure that already has both, or that names neither, is left as it is.
 */
final class ClashSides {

    private ClashSides() {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** The dead, wounded or hurt. */
    private static final Pattern CASUALTY = Pattern.compile(
            "\\b(?:killed|dead|died|wounded|injured|casualties|погиб\\w*|ранен\\w*|убит\\w*|пострада\\w*"
                    + "|tués?|morts?|blessés?)\\b", FLAGS);
    /** A clash. */
    private static final Pattern CLASH = Pattern.compile(
            "\\b(?:clash\\w*|conflict\\w*|fighting|skirmish\\w*|shoot-?out\\w*|столкновени\\w*|конфликт\\w*"
                    + "|перестрелк\\w*|боестолкновени\\w*|affrontements?|conflits?|combats?|accrochages?)\\b", FLAGS);
    private static final SentenceGate CASUALTY_GATE = new SentenceGate(CASUALTY, List.of("killed", "dead", "died",
            "wounded", "injured", "casualties", "погиб", "ранен", "убит", "пострада", "tué", "mort", "blessé"));
    private static final SentenceGate CLASH_GATE = new SentenceGate(CLASH, List.of("clash", "conflict", "fighting",
            "skirmish", "shoot", "столкновени", "конфликт", "перестрелк", "affrontement", "conflit", "combat",
            "accrochage"));
    /** The countries whose sides meet in the region's border clashes. */
    private static final Set<String> SIDES = Set.of("KG", "TJ", "UZ", "KZ", "TM", "AF");

    /** The two sides for a casualty count of a clash, or the subjects given. */
    static List<String> of(List<String> subjects, SurfaceFigure figure, String metric, FigureContext context,
                           Sentences.Sentence sentence) {
        if (!"other".equals(metric) || !"count".equals(figure.unit()) || subjects.isEmpty()) {
            return subjects;
        }
        if (!context.sentenceFinds(CASUALTY_GATE, sentence)) {
            return subjects;
        }
        String text = context.text();
        int from = sentence.start();
        int to = sentence.end();
        for (Sentences.Sentence other : context.sentences()) {
            if (other.paragraph() == sentence.paragraph()) {
                from = Math.min(from, other.start());
                to = Math.max(to, other.end());
            }
        }
        if (!context.sentenceFinds(CLASH_GATE, sentence) && !CLASH.matcher(text.substring(from, to)).find()) {
            return subjects;
        }
        Set<String> sides = sidesIn(context.mentionsIn(sentence.start(), sentence.end()));
        if (sides.size() < 2) {
            sides.addAll(sidesIn(context.mentionsIn(from, to)));
        }
        if (sides.size() != 2) {
            return subjects;
        }
        List<String> named = subjects.stream().filter(sides::contains).toList();
        if (named.size() != 1) {
            return subjects;
        }
        List<String> both = new ArrayList<>(named);
        for (String side : sides) {
            if (!both.contains(side)) {
                both.add(side);
            }
        }
        return List.copyOf(both);
    }

    private static Set<String> sidesIn(List<Mention> mentions) {
        Set<String> found = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == PlaceKind.COUNTRY && SIDES.contains(m.code())) {
                found.add(m.code());
            }
        }
        return found;
    }
}
