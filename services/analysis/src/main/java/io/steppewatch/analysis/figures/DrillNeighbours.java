package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.steppewatch.analysis.ExtractedFigure;
import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Sentences;

/**
 * A country the text names only as the other side of the border the drills are held at, or as the situation they
 * answer, is no force taking part (LABEL-FIXES "Drills: the forces that take part, never the host as such"): "Six jours
 * d'exercices ... juste à la frontière nord avec l'Afghanistan", "held over 20 surprise drills ... amid the worsening
 * situation in neighbouring Afghanistan". A count or days of drills with two parties or more drops such a country:
 * one its sentence names only beside a border, neighbour or situation word, or, named nowhere in the sentence, one the
 * whole article names only so. Runs over an article's annotated figures once they are all known; changes only `other`
 * figures. Stateless.
 */
final class DrillNeighbours {

    private DrillNeighbours() {
    }

    /**
     * Stems of drills, in five languages, that a word of the lower-cased sentence must start with: "учения", not the
     * "получение" or "обучение" that hold the same letters. Looked up as substrings: a case-blind pattern tried at
     * every position of a sentence, and a second one around every mention of a party, cost a tenth of the analysis.
     */
    private static final List<String> DRILLS = List.of("exercise", "exercice", "drill", "manoeuv", "manœuv",
            "maneuv", "учени", "маневр", "жаттығу", "mashq", "mashg");

    /** The border, the neighbour, the situation a country is named beside when it is no force taking part. */
    private static final List<String> BESIDE = List.of("border", "frontière", "frontalier", "границ", "погранич",
            "шекара", "chegara", "neighbo", "voisin", "сосед", "көрші", "qo'shni", "qo‘shni", "qoʻshni",
            "qo’shni", "qoʼshni", "situation", "ситуаци", "обстановк", "жағдай", "vaziyat");

    /** How far before a country's name, in characters, a border or situation word counts as beside it. */
    private static final int BEFORE = 30;
    /** How far after a country's name ("Afghan border", "frontière afghane" aside), the same. */
    private static final int AFTER = 12;

    /** The figures with each `other` count or days of drills rid of the countries named only as the neighbour. */
    static List<ExtractedFigure> withoutNeighbours(List<ExtractedFigure> figures, String text,
                                                   List<Sentences.Sentence> sentences, List<Mention> mentions) {
        List<ExtractedFigure> result = null;
        for (int i = 0; i < figures.size(); i++) {
            ExtractedFigure f = figures.get(i);
            if (f.offset() < 0 || !"other".equals(f.metric()) || f.subjects().size() < 2
                    || !("count".equals(f.unit()) || "days".equals(f.unit()))
                    || !namesDrills(f.sentence())) {
                continue;
            }
            Sentences.Sentence sentence = Sentences.containing(sentences, f.offset());
            if (sentence == null) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String party : f.subjects()) {
                if (!onlyNeighbour(party, text, sentence, mentions)) {
                    kept.add(party);
                }
            }
            if (kept.size() == f.subjects().size() || kept.isEmpty()) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(figures);
            }
            result.set(i, f.withSubjects(kept));
        }
        return result == null ? figures : result;
    }

    /**
     * Whether {@code party} is named in the sentence only beside a border or situation word, or, named nowhere in
     * it, is named in the whole text only so (and at least once).
     */
    private static boolean onlyNeighbour(String party, String text, Sentences.Sentence sentence,
                                         List<Mention> mentions) {
        int inSentence = 0;
        int beside = 0;
        int elsewhere = 0;
        int elsewhereBeside = 0;
        for (Mention m : mentions) {
            if (!party.equals(m.code())) {
                continue;
            }
            boolean near = besideBorder(text, m);
            if (m.start() >= sentence.start() && m.start() < sentence.end()) {
                inSentence++;
                beside += near ? 1 : 0;
            } else {
                elsewhere++;
                elsewhereBeside += near ? 1 : 0;
            }
        }
        return inSentence > 0 ? beside == inSentence : elsewhere > 0 && elsewhereBeside == elsewhere;
    }

    private static boolean besideBorder(String text, Mention m) {
        int from = Math.max(0, m.start() - BEFORE);
        int to = Math.min(text.length(), m.end() + AFTER);
        return TextWalks.containsAny(text.substring(from, to).toLowerCase(Locale.ROOT), BESIDE);
    }

    private static boolean namesDrills(String sentence) {
        return TextWalks.startsAWord(sentence.toLowerCase(Locale.ROOT), DRILLS);
    }
}
