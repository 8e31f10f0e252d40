package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.text.Words;

/**
 * The two sides of the border crossing a headline names (decision 6 of round 29: "a crossing of their common border
 * takes both"; {@link CrossingSides} reads the pair in the body). Under "На кыргызско-казахстанской границе опять затор
 * из фур", "Қазақ-қырғыз шекарасында ... жүк көлігі жиналып қалған" or "Өзбекстанмен шекарадағы ұзын-сонар кезек" (the
 * queue at the border with Uzbekistan, in a Kazakh text), the body counts the vehicles, people or days at the crossing
 * with one side in its sentence ("на казахстанскую сторону за сутки не пропустили ни одной фуры", "Қазақстан жағына қарай 4-5 көлік",
 * "Қапланбек өткізу пунктінен 27 мың адам"): such a count is both sides'. Runs over a body's annotated figures once
 * they are all known; changes only `other` counts and days of one party. Stateless.
 */
final class HeadlineBorderSides {

    private HeadlineBorderSides() {
    }

    /** Border words of a headline, folded stems. */
    private static final List<String> BORDER_STEMS = Words.foldAll("border", "frontier", "frontiere", "границ",
            "погранич", "шекара", "chegara");
    /** "with" in a headline's "border with X", as a word or a Kazakh or Uzbek ending ("Өзбекстанмен", "bilan"). */
    private static final List<String> WITH_WORDS = Words.foldAll("with", "avec", "с", "со", "bilan");
    private static final Pattern WITH_ENDING = Pattern.compile(".+(?:мен|пен|бен|men)$");

    /** What is counted at a crossing: vehicles, people, a queue, a side of the border, in five languages. */
    private static final Pattern AT_CROSSING = Pattern.compile("(?iU)(?:truck|vehicle|\\bcars?\\b|lorr|\\bbus|minibus"
            + "|people|persons|travell|passeng|\\bside\\b|queue|фур|машин|автомоб|грузовик|автотранспорт|человек"
            + "|пассажир|сторон|очеред|көлік|адам|жағ|кезек|camion|véhicule|voiture|personnes|mashina|odam|navbat)");

    /**
     * The body's figures with each `other` count or days of one party, said at the headline's border, given the
     * border's two sides; the figures unchanged when the headline names no border by its sides.
     */
    static List<ExtractedFigure> widen(List<ExtractedFigure> figures, List<Words.Word> headline, List<String> title) {
        if (headline.isEmpty() || title.isEmpty() || title.size() > 2 || !namesBorder(headline)) {
            return figures;
        }
        boolean with = title.size() == 1 && borderWith(headline);
        if (title.size() == 1 && !with) {
            return figures;
        }
        List<ExtractedFigure> result = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            if (f.offset() < 0 || !"other".equals(f.metric()) || f.subjects().size() != 1
                    || !("count".equals(f.unit()) || "days".equals(f.unit()))
                    || !AT_CROSSING.matcher(f.sentence()).find()) {
                continue;
            }
            String side = f.subjects().get(0);
            List<String> pair;
            if (title.size() == 2) {
                pair = title.contains(side) ? title : null;
            } else {
                pair = side.equals(title.get(0)) || !Subjects.CENTRAL_ASIA.contains(side) ? null
                        : List.of(side, title.get(0));
            }
            if (pair == null) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, f.withSubjects(pair.stream().sorted().toList()));
        }
        return result == null ? figures : result;
    }

    private static boolean namesBorder(List<Words.Word> headline) {
        for (Words.Word w : headline) {
            if (Words.startsWithAny(w.folded(), BORDER_STEMS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean borderWith(List<Words.Word> headline) {
        for (Words.Word w : headline) {
            if (WITH_WORDS.contains(w.folded()) || WITH_ENDING.matcher(w.folded()).matches()) {
                return true;
            }
        }
        return false;
    }
}
