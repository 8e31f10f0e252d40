package io.steppewatch.analysis.figures;

import java.util.List;
import java.util.Set;

import io.steppewatch.analysis.text.Sentences;
import io.steppewatch.analysis.text.Words;

/**
 * Containers counted with what they hold: "a ferry and rail service carrying 62 containers of petroleum coke", "қызанақ
 * пастасы тиелген 82 контейнер" (82 containers loaded with tomato paste), "33 konteyner gumanitar yordam" (33 containers
 * of humanitarian aid), "41 контейнер, груженный тальком". Containers filled with one named load are one consignment,
 * and one vessel's, train's, convoy's or consignment's load is `other` (round 26; decision 56; decision 68's list of what
 * a product flow is), not the containers a port, line or corridor handles (`cargo.containers`). What they hold is read
 * from the grammar beside the container word: "of" or "de" and a word that is not goods in general ("containers of
 * cargo" handled at a port stay throughput), a participle of loading before the number or after the container word, or
 * the words of aid.
 */
final class ContainerLoads {

    /** Beginnings of the container word (folded). */
    private static final List<String> CONTAINER_STEMS = Words.foldAll("container", "conteneur", "контейнер",
            "konteyner");
    /** Words that may stand between the number and the container word: sizes ("forty-foot", "сорокафутовых"). */
    private static final List<String> SIZE_STEMS = Words.foldAll("forty", "twenty", "сорокафут", "двадцатифут",
            "standard", "standards", "large", "small");
    /** Links to what a container holds ("containers of coke", "conteneurs de blé"). */
    private static final Set<String> OF = Set.copyOf(Words.foldAll("of", "de", "d", "du", "des"));
    /** Goods in general and little words: "containers of cargo" is throughput, not a consignment's load. */
    private static final Set<String> GENERAL = Set.copyOf(Words.foldAll("cargo", "cargoes", "goods", "freight",
            "various", "different", "transit", "import", "export", "imported", "exported", "the", "a", "an", "which",
            "these", "those", "them", "all", "marchandises", "fret", "transport", "type", "size", "capacity",
            "merchandise", "products", "produits", "ces", "la", "le", "les", "l"));
    /** Beginnings of a participle of loading after the container word (folded): "loaded with", "chargés de". */
    private static final List<String> LOADED_AFTER = Words.foldAll("loaded", "laden", "charge", "гружен", "загружен",
            "груженн", "загруженн", "тиелген", "ortilgan", "yuklangan", "ортилган", "юкланган");
    /**
     * Beginnings of an attributive participle of loading before the number (folded): "қызанақ пастасы тиелген 82
     * контейнер", "груженных зерном 40 контейнеров"; not a finite verb ("the port loaded 50,000 containers",
     * "загружено 500 контейнеров" count what a port handled).
     */
    private static final List<String> LOADED_BEFORE = Words.foldAll("тиелген", "груженн", "ortilgan", "yuklangan",
            "ортилган", "юкланган");
    /** Beginnings of the words of aid: "humanitarian aid", "gumanitar yordam", "гуманитарной помощи". */
    private static final List<String> AID_STEMS = Words.foldAll("humanitar", "gumanitar", "гуманитар");
    /** How many words before the number a participle of loading may stand. */
    private static final int BEFORE_WORDS = 3;

    private ContainerLoads() {
    }

    /** Whether a count of containers names what they hold (see the class comment). */
    static boolean holdAProduct(FigureContext context, Sentences.Sentence sentence, SurfaceFigure figure) {
        if (!"count".equals(figure.unit())) {
            return false;
        }
        List<Words.Word> words = context.words();
        int at = context.wordStarts().at(figure.numberEnd());
        if (at < words.size() && words.get(at).start() < figure.numberEnd()) {
            at++; // the number's own word
        }
        if (at < words.size() && Words.startsWithAny(words.get(at).folded(), SIZE_STEMS)) {
            at++;
            if (at < words.size() && Words.startsWithAny(words.get(at).folded(), List.of("foot", "pied"))) {
                at++; // "forty-foot" as two words
            }
        }
        if (at >= words.size() || words.get(at).start() >= sentence.end()
                || !Words.startsWithAny(words.get(at).folded(), CONTAINER_STEMS)) {
            return false;
        }
        int next = at + 1;
        if (next < words.size() && words.get(next).start() < sentence.end()) {
            String after = words.get(next).folded();
            if (Words.startsWithAny(after, LOADED_AFTER) || Words.startsWithAny(after, AID_STEMS)) {
                return true; // "containers loaded with", "konteyner gumanitar yordam"
            }
            if (OF.contains(after) && next + 1 < words.size() && words.get(next + 1).start() < sentence.end()) {
                String held = words.get(next + 1).folded();
                if (!GENERAL.contains(held) && !Words.hasDigit(held, 0, held.length())) {
                    return true; // "containers of petroleum coke"
                }
            }
        }
        int first = context.wordStarts().at(figure.start());
        for (int i = first - 1; i >= 0 && i >= first - BEFORE_WORDS; i--) {
            Words.Word word = words.get(i);
            if (word.end() <= sentence.start()) {
                break;
            }
            if (Words.startsWithAny(word.folded(), LOADED_BEFORE)) {
                return true; // "қызанақ пастасы тиелген 82 контейнер"
            }
        }
        return false;
    }
}
