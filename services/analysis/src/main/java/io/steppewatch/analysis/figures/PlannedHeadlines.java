package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.Measure;
import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * A headline whose period is the date of a plan or a forecast ("The second track will be completed in 2025", "В 2025
 * году начнется реконструкция дороги", "Rising Trade Potential Ahead of 2026"): that year tells when the foreseen
 * thing is to happen, not what period the body's facts cover, so a body figure that is no goal or forecast takes no
 * period from it (the standard: "periods are what the text says the figure covers"; round 44's rule for a sentence
 * dating a plan, {@code datesAPlan}, says the same of a plan's date in the body). A goal or a forecast still takes it
 * ("Khorgos to handle 0.5 million TEU by 2020" over "aiming for 540,000 TEU").
 */
final class PlannedHeadlines {

    /** Headline cue kinds of a goal or of the future tense (cues.tsv). */
    private static final Set<String> PLAN_CUES = Set.of("future", "target");

    /**
     * Headline words of a plan or a forecast the cue lexicon leaves out, being no marks of a figure's future in a
     * body sentence: a verb of a start to come, a modal, "ahead of".
     */
    private static final List<String> PLAN_WORDS = List.of("ahead of", "to start", "to begin", "to launch",
            "to open", "to be completed", "начнется", "начнутся", "начнут", "стартует", "завершится", "может", "могут",
            "планирует", "планируют", "d'ici", "d’ici", "commencera", "debutera");

    private PlannedHeadlines() {
    }

    /** Whether a headline, given its words and cues, says its period is that of a plan or a forecast. */
    static boolean datesAPlan(List<Words.Word> headline, List<CueLexicon.Hit<String>> cues) {
        if (headline.isEmpty()) {
            return false;
        }
        for (CueLexicon.Hit<String> hit : cues) {
            if (PLAN_CUES.contains(hit.value())) {
                return true;
            }
        }
        StringBuilder folded = new StringBuilder();
        for (Words.Word w : headline) {
            folded.append(' ').append(w.folded());
        }
        folded.append(' ');
        String text = folded.toString();
        for (String word : PLAN_WORDS) {
            if (text.contains(' ' + word + ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code found}, the period a body figure was given, is the planned headline's and so not the figure's:
     * the figure is no goal or forecast and its sentence does not name that year itself.
     */
    static boolean notTheFigures(String found, Measure measure, FigureContext context, Sentences.Sentence sentence) {
        if (found == null || !context.plannedHeadline() || !found.equals(context.article().titlePeriod())
                || measure == Measure.TARGET || FigureContext.hasCue(context, sentence, "future")
                || FigureContext.hasCue(context, sentence, "target")) {
            return false;
        }
        String year = found.substring(0, 4);
        if (!context.undated() || context.text().substring(sentence.start(), sentence.end()).contains(year)) {
            return false;
        }
        // Only what the headline alone gave: a body sentence before that states the period dates what follows, as any
        // carried period does, whether for facts ("In 2024, Global Firepower ranked the armies") or for a forecast
        // the figures after it go on with ("в 2025 году могут достигнуть $17 млрд ... рост ... на 12%").
        for (PeriodResolver.Expression e : context.periodsIn(0, sentence.start())) {
            if (e.kind() == PeriodResolver.Kind.PERIOD && e.period() != null && e.period().startsWith(year)) {
                return false;
            }
        }
        return true;
    }
}
