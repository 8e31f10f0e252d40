package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Sentences;

/**
 * The parties of a count of drills and of the troops, equipment and days in them: the forces that take part, never
 * the country that hosts the drills for being the host, nor a neighbour whose border they are held near (the gold
 * README, "drills", settled 2026-12-03: `three military drills in Tajikistan` is `[CSTO]`, `2,700 servicemen of
 * Russia's Central Military District` in Tajik drills `[RU]`). A host whose own forces the sentence names ("Tajik and
 * Russian troops in Tajikistan") stays; when no country is left, the bloc that holds the drills is the party.
 */
final class DrillParties {

    private DrillParties() {
    }

    /** Words of drills in the three languages. */
    private static final Pattern DRILL = Pattern.compile(
            "\\b(?:drills?|exercises?|maneuvers|manoeuvres|manœuvres|exercices?|учени\\w*|маневр\\w*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    static final SentenceGate DRILL_GATE = new SentenceGate(DRILL, List.of("drill", "exercise", "maneuvers",
            "manoeuvres", "manœuvres", "exercice", "учени", "маневр"));
    /**
     * What comes right before a country named as a place: "in", "near the border with", "on the territory of", "в",
     * "у границы с", "на территории", "au", "près de la frontière" (then "afghane").
     */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?:\\b(?:in|into|inside|near|at|au|aux|en|dans|à|в|во)\\s+(?:the\\s+)?"
                    + "|\\b(?:territory|territoire|территории)\\s+(?:of\\s+(?:the\\s+)?|de\\s+l['’]|de\\s+la\\s+|du\\s+|de\\s+)?"
                    + "|\\b(?:border|frontière|границ\\w*)\\s+(?:with\\s+(?:the\\s+)?|avec\\s+(?:l['’]|le\\s+|la\\s+)?|с\\s+)?"
                    + "|\\b(?:in|в|au|en)\\s+(?:the\\s+)?(?:republic\\s+of|республике|république\\s+du)\\s+(?:the\\s+)?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int REACH = 40;
    private static final Set<String> BLOCS = Set.of("CSTO", "SCO");

    /**
     * The parties of a count in a sentence of drills, or the subjects given when the figure is no such count or the
     * sentence names no host.
     */
    static List<String> of(List<String> subjects, SurfaceFigure figure, String metric, FigureContext context,
                           Sentences.Sentence sentence) {
        if (!"other".equals(metric) || !("count".equals(figure.unit()) || "days".equals(figure.unit()))
                || subjects.isEmpty()) {
            return subjects;
        }
        if (!context.sentenceFinds(DRILL_GATE, sentence)) {
            return subjects;
        }
        String text = context.text();
        List<Mention> mentions = context.mentionsIn(sentence.start(), sentence.end());
        Set<String> places = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (Mention m : mentions) {
            // only the figure's own parties can be dropped or kept below: other countries need no reading
            if (m.kind() != PlaceKind.COUNTRY || !subjects.contains(m.code())) {
                continue;
            }
            String window = text.substring(Math.max(sentence.start(), m.start() - REACH), m.start());
            (PLACE_BEFORE.matcher(window).find() ? places : named).add(m.code());
        }
        places.removeAll(named);
        List<String> left = new ArrayList<>();
        for (String code : subjects) {
            if (!places.contains(code)) {
                left.add(code);
            }
        }
        boolean countries = left.stream().anyMatch(code -> !BLOCS.contains(code));
        if (countries && left.stream().filter(code -> !BLOCS.contains(code)).allMatch(named::contains)) {
            // "servicemen of Russia's Central Military District ... in the CSTO drills": the contingents named are the
            // parties, not the bloc that holds the drills
            left.removeIf(BLOCS::contains);
        }
        if (left.isEmpty()) {
            String bloc = blocOf(context);
            return bloc == null ? subjects : List.of(bloc);
        }
        return left.equals(subjects) ? subjects : List.copyOf(left);
    }

    /** The bloc the article names first, or null. */
    private static String blocOf(FigureContext context) {
        for (Mention m : context.mentionsIn(0, context.text().length())) {
            if (BLOCS.contains(m.code())) {
                return m.code();
            }
        }
        return null;
    }
}
