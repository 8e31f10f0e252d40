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
 * Туркменистана в Китай", "les trois gazoducs Turkménistan–Chine". Its own capacity and freight take its
 * four countries, whatever name the sentence gives it (LABEL-FIXES decision 50 of round 37; round 27's named-route rule):
 * a sentence of carriage ({@code cargo.*}) that names Turkmenistan and China, no country off the line, and a gas
 * pipeline. "Gas carried from Central Asia to China" is the same line by its two ends; so is gas carried in a sentence
 * naming at most China in an article whose route is the line ("the total capacity of these pipelines", "prévu pour
 * acheminer 30 milliards de m3 vers la Chine"). Gas sold through the line keeps its seller and
 * buyer (decision 45): only carriage asks. Stateless.
 */
final class ChinaGasLine {

    private ChinaGasLine() {
    }

    /** Words of a gas pipeline itself (folded stems): the gas is in the word. */
    private static final Stems GAS_LINE_STEMS = Stems.copyOf(Words.foldAll("gazoduc", "газопровод", "gasoduct"));
    /** Words of a pipeline or a trunk line, which need a word of gas beside them in the sentence (folded stems). */
    private static final Stems LINE_STEMS = Stems.copyOf(Words.foldAll("pipeline", "pipe", "conduit", "трубопровод",
            "магистрал", "quvur", "құбыр"));
    /** Words of gas, or of the cubic metres it is measured in (folded stems). */
    private static final Stems GAS_STEMS = Stems.copyOf(Words.foldAll("gas", "gaz", "газ", "cubic", "cube", "куб", "текше",
            "kub"));
    /** The countries the line runs through; a sentence naming another one speaks of another line (line D, Russia's). */
    private static final Set<String> ON_THE_LINE = Set.of("TM", "UZ", "KZ", "CN");
    /** The code of Central Asia as a whole in the gazetteer. */
    private static final String REGION = "REGION";

    /**
     * The line's four countries when words {@code [from, to)}, the figure's sentence, speak of gas carried by pipeline
     * between Turkmenistan (or Central Asia) and China, or of gas carried in an article about the line (its route
     * {@code articleRoute}) naming no country but China ({@code sentence} its place mentions); else null.
     */
    static List<String> carrying(String metric, List<Mention> sentence, List<Words.Word> words, int from, int to,
                                 List<String> articleRoute) {
        boolean length = metric.equals("route.length");
        if (!metric.startsWith("cargo.") && !length) {
            return null;
        }
        boolean turkmenistan = false;
        boolean china = false;
        boolean centralAsia = false;
        boolean other = false;
        for (Mention m : sentence) {
            if (m.kind() == PlaceKind.REGION && m.code().equals(REGION)) {
                centralAsia = true;
                continue;
            }
            if (m.kind() != PlaceKind.COUNTRY) {
                continue;
            }
            if (!ON_THE_LINE.contains(m.code())) {
                return null;
            }
            turkmenistan |= m.code().equals("TM");
            china |= m.code().equals("CN");
            other |= !m.code().equals("CN");
        }
        boolean byEnds = turkmenistan && china;
        boolean byRegion = centralAsia && china && !other;
        boolean inArticle = !other && articleRoute.equals(NamedRoutes.CENTRAL_ASIA_CHINA_GAS);
        if (!byEnds && !byRegion && !inArticle) {
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
        // (gas from Central Asia to China, or in an article about the line, needs no word of a pipeline: it has no
        // other way)
        // "the length of the pipeline connecting Turkmenistan to China", "Il mesure 1 833 kilomètres" in an article
        // about the line: a length needs no word of gas, no other pipeline joins the two ends
        boolean carried = gas || length && (byEnds && line || inArticle);
        return carried && (line || !byEnds) ? NamedRoutes.CENTRAL_ASIA_CHINA_GAS : null;
    }
}
