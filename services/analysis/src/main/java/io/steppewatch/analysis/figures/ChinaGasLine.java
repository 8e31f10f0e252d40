package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.region.PlaceKind;
import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.Words;

/**
 * The Central Asia–China gas pipeline under a name that is only its ends or its count of lines: "Turkmenistan sends gas
 * to China through three pipelines", "the gas pipeline from Turkmenistan to China", "по трем газопроводам из
 * Туркменистана в Китай", "trois gazoducs reliant le Turkménistan à la Chine". Its own capacity and freight take its
 * four countries, whatever name the sentence gives it (LABEL-FIXES decision 50 of round 37; round 27's named-route rule):
 * a sentence of carriage ({@code cargo.*}) that names Turkmenistan and China, no country off the line, and a gas
 * pipeline. Gas sold through the line keeps its seller and buyer (decision 45): only carriage asks. Stateless.
 */
final class ChinaGasLine {

    private ChinaGasLine() {
    }

    /** Words of a gas pipeline itself (folded stems): the gas is in the word. */
    private static final Stems GAS_LINE_STEMS = Stems.copyOf(Words.foldAll("gazoduc", "газопровод", "gasoduct"));
    /** Words of a pipeline or a trunk line, which need a word of gas beside them in the sentence (folded stems). */
    private static final Stems LINE_STEMS = Stems.copyOf(Words.foldAll("pipeline", "pipe", "трубопровод", "магистрал",
            "quvur", "құбыр"));
    /** Words of gas (folded stems). */
    private static final Stems GAS_STEMS = Stems.copyOf(Words.foldAll("gas", "gaz", "газ"));
    /** The countries the line runs through; a sentence naming another one speaks of another line (line D, Russia's). */
    private static final Set<String> ON_THE_LINE = Set.of("TM", "UZ", "KZ", "CN");

    /**
     * The line's four countries when words {@code [from, to)}, the figure's sentence, speak of gas carried by pipeline
     * between Turkmenistan and China ({@code sentence} its place mentions), else null.
     */
    static List<String> carrying(String metric, List<Mention> sentence, List<Words.Word> words, int from, int to) {
        if (!metric.startsWith("cargo.")) {
            return null;
        }
        boolean turkmenistan = false;
        boolean china = false;
        for (Mention m : sentence) {
            if (m.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            if (!ON_THE_LINE.contains(m.code())) {
                return null;
            }
            turkmenistan |= m.code().equals("TM");
            china |= m.code().equals("CN");
        }
        if (!turkmenistan || !china) {
            return null;
        }
        boolean line = false;
        boolean gas = false;
        for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
            String folded = words.get(i).folded();
            if (Words.startsWithAny(folded, GAS_LINE_STEMS)) {
                return NamedRoutes.CENTRAL_ASIA_CHINA_GAS;
            }
            line |= Words.startsWithAny(folded, LINE_STEMS);
            gas |= Words.startsWithAny(folded, GAS_STEMS);
        }
        return line && gas ? NamedRoutes.CENTRAL_ASIA_CHINA_GAS : null;
    }
}
