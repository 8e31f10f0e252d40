package io.steppewatch.analysis.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.steppewatch.analysis.text.WordIds;
import io.steppewatch.analysis.text.Words;

/**
 * The commonest function words of each language (articles, prepositions, conjunctions, pronouns), folded.
 * Closed classes: they do not grow with the news.
 */
final class FunctionWords {

    static final int MIN_HITS = 6;
    private static final double MIN_MARGIN = 3.0;

    private static final Map<String, Set<String>> WORDS = Map.ofEntries(
            entry("fr", "le la les des du et est une un dans pour qui que sur avec pas au aux par ont cette son ses leur"
                    + " plus il elle ce sont de ne se lors entre selon"),
            entry("en", "the and of to in is that for on with as was by are it from this be has have its said were"
                    + " which at an will not their also been"),
            entry("ru", "и в не на что с по как это для из к от о за его он она также был была были который которые"
                    + " но при до или году между"),
            entry("uk", "і що та це від як він вона до у який які також але року між для"),
            entry("de", "der die das und ist nicht mit den von zu sich auf für dem des ein eine auch im wird werden"),
            entry("es", "el los las del y es una por con para que se al como más pero sus"),
            entry("it", "il lo gli della delle del e è una per con che si al come più ma sono"),
            entry("tr", "ve bir bu için ile olarak da daha ancak gibi kadar sonra olan"),
            entry("kk", "және мен бұл үшін деп бойынша жылы осы ол да де оның бар жөнінде туралы арасындағы"),
            entry("ky", "жана менен бул үчүн деп боюнча жылы ушул анын болуп тууралуу ортосундагы"),
            // Uzbek in both of its scripts: Latin, and the Cyrillic still used by much of its press
            entry("uz", "va bilan uchun bu ham yil yilda esa bo yicha mamlakat hamda orasidagi qilib ushbu etdi tashkil"
                    + " deya qildi etadi hajmi haqida mazkur"
                    + " кўра дея қилди этади ҳажми ҳақда мазкур билан учун ҳам йил йилда эса бўйича ҳамда ўртасидаги қилиб ушбу этди ташкил"
                    // Conjunctions and postpositions of every Uzbek text ("ва", "орқали", "доирасида"), which the
                    // Cyrillic list lacked: "темир йўл орқали юк ташиш ҳажмини ... ошириш мақсадида" went to Lingua, which
                    // has no Uzbek, and came back Ukrainian.
                    + " ва бу ҳақида орқали шунингдек доирасида мақсадида асосида юзасидан бўлган бўлади"
                    + " нисбатан давомида orqali shuningdek doirasida maqsadida asosida yuzasidan nisbatan davomida"),
            entry("tg", "ва дар бо ба аз ки барои ин мебошад мешавад буд соли байни"),
            entry("tk", "we bilen ucin bu hem yyl yylda boyunca bolup barada arasyndaky"));

    /** Word to the languages that use it: one lookup per word of the text. */
    private static final Map<String, List<String>> LANGUAGES_OF = index();

    /**
     * {@link #LANGUAGES_OF} at each function word's {@link WordIds} number: the words of a text are asked by their
     * numbers, one array read each.
     */
    private static final Object[] LANGUAGES_BY_ID = byId();

    private FunctionWords() {
    }

    private static Object[] byId() {
        int highest = -1;
        for (String word : LANGUAGES_OF.keySet()) {
            highest = Math.max(highest, WordIds.of(word));
        }
        Object[] table = new Object[highest + 1];
        LANGUAGES_OF.forEach((word, languages) -> {
            int id = WordIds.of(word);
            if (id != WordIds.NONE) {
                table[id] = languages;
            }
        });
        return table;
    }

    /** The languages whose function word this is, or null. */
    @SuppressWarnings("unchecked")
    private static List<String> languagesOf(Words.Word word) {
        int id = word.id();
        if (id == WordIds.NONE) {
            return LANGUAGES_OF.get(word.folded());
        }
        return id < LANGUAGES_BY_ID.length ? (List<String>) LANGUAGES_BY_ID[id] : null;
    }

    private static Map<String, List<String>> index() {
        Map<String, List<String>> index = new HashMap<>();
        WORDS.forEach((language, words) -> words.forEach(
                word -> index.computeIfAbsent(word, k -> new ArrayList<>()).add(language)));
        return index;
    }

    private static Map.Entry<String, Set<String>> entry(String language, String words) {
        return Map.entry(language, Set.copyOf(List.of(Words.fold(words).split(" "))));
    }

    /** The clear winner of the vote, or null when the text does not settle it. */
    static String vote(String text) {
        return vote(Words.split(text), List.of(), Integer.MAX_VALUE);
    }

    /** The vote over the title's words and the body's words that start before {@code bodyLimit}. */
    static String vote(List<Words.Word> title, List<Words.Word> body, int bodyLimit) {
        Map<String, Integer> hits = new HashMap<>();
        count(title, Integer.MAX_VALUE, hits);
        count(body, bodyLimit, hits);
        return winner(hits);
    }

    private static void count(List<Words.Word> words, int limit, Map<String, Integer> hits) {
        for (Words.Word word : words) {
            if (word.start() >= limit) {
                break;
            }
            List<String> languages = languagesOf(word);
            if (languages != null) {
                for (String language : languages) {
                    hits.merge(language, 1, Integer::sum);
                }
            }
        }
    }

    private static String winner(Map<String, Integer> hits) {
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= MIN_HITS && first >= MIN_MARGIN * second ? best : null;
    }
}
