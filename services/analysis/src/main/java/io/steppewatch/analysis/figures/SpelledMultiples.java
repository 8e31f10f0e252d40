package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.Words;

/**
 * Multiples written in words, which decision 15 of round 33 makes figures of unit {@code times} (never required):
 * "has doubled", "grew fivefold", "to triple the capacity", "вырос вдвое", "удвоился", "a triplé", "quintupler la
 * capacité", "multipliées par quatre", "екі есе өсті", "икки баравар оширади". The words are data
 * ({@code spelled-multiples.tsv}) in every language read; a number in digits or number words before a unit word ("3
 * times", "в пять раз", "trois fois") is read by the figure scan and {@link NumberWords}, not here.
 */
final class SpelledMultiples {

    private static final String RESOURCE = "spelled-multiples.tsv";
    private static final SpelledMultiples SHARED = load();

    private enum How { ALONE, STEM, VERB, NUMBER }

    private record Entry(How how, double value) {
    }

    private final Map<String, Entry> words;
    private final Map<String, Double> stems;
    private final Map<String, Set<String>> verbBefore;
    private final Set<String> hedges;
    private final Set<String> lines;
    /** The first chars of every form: a text none of whose words starts with one costs one pass and no lookup. */
    private final Set<Character> firstChars;

    private SpelledMultiples(Map<String, Entry> words, Map<String, Double> stems, Map<String, Set<String>> verbBefore,
                             Set<String> hedges, Set<String> lines) {
        this.words = words;
        this.stems = stems;
        this.verbBefore = verbBefore;
        this.hedges = WordSet.copyOf(hedges);
        this.lines = WordSet.copyOf(lines);
        Set<Character> first = new HashSet<>();
        words.keySet().forEach(w -> first.add(w.charAt(0)));
        stems.keySet().forEach(w -> first.add(w.charAt(0)));
        this.firstChars = Set.copyOf(first);
    }

    static SpelledMultiples shared() {
        return SHARED;
    }

    private static SpelledMultiples load() {
        Map<String, Entry> words = new HashMap<>();
        Map<String, Double> stems = new HashMap<>();
        Map<String, Set<String>> verbBefore = new HashMap<>();
        Set<String> hedges = new HashSet<>();
        Set<String> lines = new HashSet<>();
        for (TsvLines.Line line : TsvLines.fromResource(SpelledMultiples.class, RESOURCE, "spelled multiples")) {
            List<String> c = line.columns(3, "how, value, form");
            String form = Words.fold(c.get(2));
            switch (c.get(0)) {
                case "alone" -> words.put(form, new Entry(How.ALONE, Double.parseDouble(c.get(1))));
                case "verb" -> words.put(form, new Entry(How.VERB, Double.parseDouble(c.get(1))));
                case "number" -> words.put(form, new Entry(How.NUMBER, Double.parseDouble(c.get(1))));
                case "stem" -> stems.put(form, Double.parseDouble(c.get(1)));
                case "verb-before" -> verbBefore.computeIfAbsent(c.get(1), k -> new HashSet<>())
                        .add(c.get(2).toLowerCase(Locale.ROOT)); // as written: French "a" is not "à"
                case "hedge" -> hedges.add(form);
                case "line" -> lines.add(form);
                default -> throw line.error("unknown kind " + c.get(0));
            }
        }
        Map<String, Set<String>> byLanguage = new HashMap<>();
        verbBefore.forEach((language, forms) -> byLanguage.put(language, Set.copyOf(forms)));
        return new SpelledMultiples(Map.copyOf(words), Map.copyOf(stems), Map.copyOf(byLanguage), hedges, lines);
    }

    /** The multiples in words of {@code text}; none overlaps {@code found}, the figures already read. */
    List<SurfaceFigure> figures(String text, List<Words.Word> known, String language, UnitLexicon units,
                                List<SurfaceFigure> found) {
        List<Words.Word> split = known != null ? known : Words.split(text);
        List<SurfaceFigure> figures = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            Words.Word word = split.get(i);
            String folded = word.folded();
            if (folded.isEmpty() || !firstChars.contains(folded.charAt(0))) {
                continue;
            }
            SurfaceFigure figure = figureAt(text, split, i, language, units);
            if (figure != null && !overlaps(found, figure) && !overlaps(figures, figure)
                    && !restatedInDigits(text, figure, found)) {
                figures.add(figure);
            }
        }
        return figures;
    }

    private SurfaceFigure figureAt(String text, List<Words.Word> split, int i, String language, UnitLexicon units) {
        Words.Word word = split.get(i);
        Entry entry = words.get(word.folded());
        if (entry == null) {
            Double stem = stemValue(word.folded());
            return stem == null || beforeLine(split, i) ? null : figure(word, word.end(), stem);
        }
        switch (entry.how()) {
            case ALONE:
                return beforeLine(split, i) ? null : figure(word, word.end(), entry.value());
            case VERB:
                return isVerb(split, i, language) && !beforeLine(split, i) ? figure(word, word.end(), entry.value()) : null;
            default:
                UnitLexicon.Found unit = units.unitAt(text, word.end());
                if (unit != null && unit.value().equals("times")
                        && Multiples.isMultiple(text, word.start(), unit.end())) {
                    return figure(word, unit.end(), entry.value()); // "екі есе өсті", "в полтора раза"
                }
                return Multiples.afterMultipliedBy(text, word.start()) ? figure(word, word.end(), entry.value())
                        : null; // "multipliées par quatre"
        }
    }

    private Double stemValue(String folded) {
        for (Map.Entry<String, Double> stem : stems.entrySet()) {
            if (folded.startsWith(stem.getKey())) {
                return stem.getValue();
            }
        }
        return null;
    }

    /** A bare "double": a verb after "to", "will", "a", "ont" (past any hedge: "a presque doublé"), or before "the". */
    private boolean isVerb(List<Words.Word> split, int i, String language) {
        if (i + 1 < split.size() && split.get(i + 1).folded().equals("the")) {
            return true;
        }
        int b = i - 1;
        while (b >= 0 && hedges.contains(split.get(b).folded())) {
            b--;
        }
        Set<String> makers = language == null ? null : verbBefore.get(language);
        return b >= 0 && makers != null && makers.contains(split.get(b).raw().toLowerCase(Locale.ROOT));
    }

    /** "doubler la voie", "double the tracks": the object, within three words, is a track or a line. */
    private boolean beforeLine(List<Words.Word> split, int i) {
        for (int k = i + 1; k < Math.min(split.size(), i + 4); k++) {
            if (lines.contains(split.get(k).folded())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the multiple is given again in digits in the parentheses right after it ("more than doubled (2.1
     * times)"): one multiple, stated once by its digits.
     */
    private static boolean restatedInDigits(String text, SurfaceFigure figure, List<SurfaceFigure> found) {
        int k = figure.end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || text.charAt(k) != '(') {
            return false;
        }
        for (SurfaceFigure f : found) {
            if (f.start() > k && f.start() <= k + 3 && "times".equals(f.unit())) {
                return true;
            }
        }
        return false;
    }

    private static SurfaceFigure figure(Words.Word word, int end, double value) {
        return new SurfaceFigure(word.start(), end, value, "times", end, null, true, false);
    }

    private static boolean overlaps(List<SurfaceFigure> figures, SurfaceFigure figure) {
        for (SurfaceFigure f : figures) {
            if (figure.start() < f.end() && f.start() < figure.end()) {
                return true;
            }
        }
        return false;
    }
}
