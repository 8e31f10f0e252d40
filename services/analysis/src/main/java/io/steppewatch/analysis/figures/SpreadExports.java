package io.steppewatch.analysis.figures;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * Decision 6 of round 29, its second and fourth bullets: a country's exports that its paragraph spreads over several
 * buyers ("Kazakhstan sold 150,000 head of cattle abroad, three quarters of them to Uzbekistan and a tenth to
 * Armenia", "l'Ouzbékistan a exporté du chocolat vers 24 pays") are its own total, the exporter alone; each buyer's
 * part is a list item of its own; imports spread over several suppliers are the importer's the same way (the host of
 * a list of source countries). Only where the sentence names the exporter and no partner, the headline names no
 * partner either, and the paragraph names two other countries or more: one of them is no more the figure's partner
 * than the others, so none is added.
 */
final class SpreadExports {

    /** Beginnings of the words of an export ("exports", "экспортировал", "exportations", "eksport qilgan"). */
    private static final WordStems EXPORT = WordStems.of(Words.foldAll("export", "экспорт", "eksport"));
    /** Beginnings of the words of an import ("importer", "импортером"): the same flow seen from the buyer. */
    private static final WordStems IMPORT = WordStems.of(Words.foldAll("import", "импорт", "ввоз"));
    /** How many other countries the paragraph must name for the exports to be spread over them. */
    private static final int SEVERAL = 2;

    private SpreadExports() {
    }

    /**
     * Whether a figure of {@code only}'s exports (or imports) is its own total spread over several buyers (or
     * suppliers): the headline names no country besides {@code only}, the sentence speaks of exports or imports,
     * and the paragraph names {@value #SEVERAL} other countries or more. The headline is read first: it is cheaper.
     */
    static boolean exporterAlone(String only, List<Words.Word> sentence, List<String> title,
                                 List<Mention> paragraph) {
        for (String code : title) {
            if (!code.equals(only)) {
                return false;
            }
        }
        boolean flow = false;
        for (Words.Word word : sentence) {
            flow |= EXPORT.startsAny(word) || IMPORT.startsAny(word);
        }
        if (!flow) {
            return false;
        }
        Set<String> others = new LinkedHashSet<>();
        for (Mention m : paragraph) {
            if (m.kind() != PlaceKind.CORRIDOR && m.kind() != PlaceKind.BLOC && m.kind() != PlaceKind.REGION
                    && !Subjects.REGION.equals(m.code()) && !m.code().equals(only)) {
                others.add(m.code());
            }
        }
        return others.size() >= SEVERAL;
    }
}
