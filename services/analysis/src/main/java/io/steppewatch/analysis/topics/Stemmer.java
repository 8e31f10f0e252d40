package io.steppewatch.analysis.topics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

import io.steppewatch.analysis.text.Keys;
import io.steppewatch.analysis.text.WordIds;
import io.steppewatch.analysis.text.Words;

/**
 * Lucene's light stemmers for the languages that have a topic lexicon, applied to folded words, so that a
 * lexicon term and the article's words meet in the same form ("exportations" and "exportation" alike).
 * The Lucene stemmers keep no state between calls, so one instance serves every thread.
 */
final class Stemmer {

    private interface Stem {
        int stem(char[] buffer, int length);
    }

    /** News reuses a bounded vocabulary: stems are remembered, up to a limit that caps the memory they take. */
    private static final int MEMO_LIMIT = 200_000;

    /**
     * English plurals whose sense is not their singular's, left as written: "goods" (merchandise) is not "good",
     * "customs" (the border service) not "custom" (a habit, a custom design), "securities" (stocks and bonds) not
     * "security". Folded into the singular, a trade term matched every "good" of a sports or a lifestyle page, "custom
     * designs" counted as customs, and a market story's securities as security (open corpus, round 52).
     */
    private static final Set<String> ENGLISH_PLURALS_OF_THEIR_OWN = Set.of("goods", "customs", "securities");

    /**
     * Russian words that the light stemmer cuts down to the stem of a lexicon term of another sense, left as written:
     * Georgia's name (Грузия, Грузии, Грузию, Грузией) becomes "груз", the stem of cargo, and the adverbs "потом" and
     * "потому" become "пот", the stem of the port of Poti; a scientist (учёный, учёные, with "ё" folded) becomes "учен",
     * the stem of a military drill (учения). Stemmed, every page naming Georgia or saying "потому что" counted corridor
     * evidence and every science story security (open corpus, round 52: a Council of Europe story, a musicians'
     * appeal, a ministerial meeting; superconductors, a science foundation).
     */
    private static final Set<String> RUSSIAN_WORDS_OF_THEIR_OWN = Set.of(
            "грузия", "грузии", "грузию", "грузией", "грузиеи", "потом", "потому",
            "ученый", "ученыи", "ученого", "ученому", "ученым", "ученом", "ученые", "ученых", "учеными",
            "ученая", "ученой", "ученои", "ученую");

    private final Stem stem;
    private final boolean keepsShortI;
    private final Set<String> unstemmed;
    private final Map<String, String> memo = new ConcurrentHashMap<>();
    /**
     * The {@link Stemmed} of each numbered word met so far, at the word's {@link WordIds} number: one array read per
     * word instead of a lookup in the memo. Grown on demand; slots lost to two threads growing it at once are found
     * again.
     */
    private volatile Stemmed[] byWord = new Stemmed[0];
    /**
     * For a stemmer that needs "й" ({@link #key}): at each numbered word's number, the last raw form with a "й" met for
     * that folded word, and its {@link Stemmed}. The key is a function of the raw form, so a raw form equal to the one
     * kept has the kept stem; a word whose raw forms differ only finds it again the slow way. Grown on demand like
     * {@link #byWord}.
     */
    private volatile RawStemmed[] byRawWithShortI = new RawStemmed[0];

    /**
     * A word's stem and the stem's {@link WordIds} number; {@code mayHideShortI}: whether the folded form has an "и",
     * which a "й" of the raw form folds to (without one, the raw form has no "й" and the key is the folded form).
     */
    private record Stemmed(String stem, int id, boolean mayHideShortI) {
    }

    private record RawStemmed(String raw, Stemmed stemmed) {
    }

    private Stemmer(Stem stem) {
        this(stem, false, Set.of());
    }

    private Stemmer(Stem stem, boolean keepsShortI, Set<String> unstemmed) {
        this.stem = stem;
        this.keepsShortI = keepsShortI;
        this.unstemmed = unstemmed;
    }

    static Stemmer forLanguage(String language) {
        return switch (language) {
            case "fr" -> new Stemmer(new FrenchLightStemmer()::stem);
            // Folding turns "й" into "и"; the Russian stemmer needs it to strip "-ый", "-ий", "-ой", "-ей".
            case "ru" -> new Stemmer(new RussianLightStemmer()::stem, true, RUSSIAN_WORDS_OF_THEIR_OWN);
            case "en" -> new Stemmer(new EnglishMinimalStemmer()::stem, false, ENGLISH_PLURALS_OF_THEIR_OWN);
            default -> new Stemmer((buffer, length) -> length);
        };
    }

    String stem(String folded) {
        if (isNumber(folded) || unstemmed.contains(folded)) {
            // No stemmer changes digits (nor a plural kept apart); figures are too varied to remember and would crowd
            // words out of the memo.
            return folded;
        }
        String known = memo.get(folded);
        if (known != null) {
            return known;
        }
        char[] buffer = folded.toCharArray();
        int length = stem.stem(buffer, buffer.length);
        // The lexicon's phrases are folded when the matcher is built, so a stem that keeps an inner "й" ("каспийск")
        // is folded too, or a term such as "Транскаспийский маршрут" never meets its own word.
        String stemmed = Words.fold(new String(buffer, 0, length));
        if (memo.size() < MEMO_LIMIT) {
            memo.put(folded, stemmed);
        }
        return stemmed;
    }

    private static boolean isNumber(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !folded.isEmpty();
    }

    /**
     * The stem of each word's {@link #key}, in order, with the stems' numbers for the topic matcher. A numbered word
     * finds its stem in an array at its number ({@link #byWord}, or {@link #byRawWithShortI} when its raw form has a
     * "й" the stemmer needs), with no key built and no lookup in the memo.
     */
    List<String> stemAll(List<Words.Word> words) {
        String[] stems = new String[words.size()];
        int[] ids = new int[stems.length];
        for (int i = 0; i < stems.length; i++) {
            Words.Word word = words.get(i);
            if (word.id() != WordIds.NONE) {
                Stemmed stemmed = stemmedOf(word.id(), word.folded());
                if (keepsShortI && stemmed.mayHideShortI() && keyDiffers(word)) {
                    stemmed = shortIStemmed(word);
                }
                stems[i] = stemmed.stem();
                ids[i] = stemmed.id();
            } else {
                stems[i] = stem(key(word));
                ids[i] = WordIds.NONE;
            }
        }
        return new Keys(stems, ids);
    }

    /** Whether {@link #key} is not the word's folded form: the raw form has a "й" in the folded form's place. */
    private static boolean keyDiffers(Words.Word word) {
        String raw = word.raw();
        if (raw.length() != word.folded().length()) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if ((raw.charAt(i) | 0x20) == 'й') { // "й" or "Й"
                return true;
            }
        }
        return false;
    }

    /** The {@link Stemmed} of a numbered word whose key keeps a "й" (see {@link #byRawWithShortI}). */
    private Stemmed shortIStemmed(Words.Word word) {
        RawStemmed[] table = byRawWithShortI;
        int id = word.id();
        if (id < table.length) {
            RawStemmed known = table[id];
            if (known != null && known.raw().equals(word.raw())) {
                return known.stemmed();
            }
        } else {
            table = Arrays.copyOf(table, WordIds.tableLength(id, table.length));
            byRawWithShortI = table;
        }
        String stem = stem(key(word));
        Stemmed found = new Stemmed(stem, WordIds.of(stem), false);
        table[id] = new RawStemmed(word.raw(), found);
        return found;
    }

    private Stemmed stemmedOf(int id, String key) {
        Stemmed[] table = byWord;
        if (id < table.length) {
            Stemmed known = table[id];
            if (known != null) {
                return known;
            }
        } else {
            table = Arrays.copyOf(table, WordIds.tableLength(id, table.length));
            byWord = table;
        }
        String stem = stem(key);
        Stemmed found = new Stemmed(stem, WordIds.of(stem), key.indexOf('и') >= 0);
        table[id] = found;
        return found;
    }

    /**
     * The word's folded form, with "й" put back where the word has it when the stemmer needs it: folded, the
     * adjective "торговый" would stem to "торговы" while "торговым" stems to "торгов", and the two would not meet.
     */
    private String key(Words.Word word) {
        String folded = word.folded();
        if (!keepsShortI) {
            return folded;
        }
        String raw = word.raw();
        if (raw.length() != folded.length() || raw.indexOf('й') < 0 && raw.indexOf('Й') < 0) {
            return folded;
        }
        char[] chars = folded.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = raw.charAt(i);
            if (c == 'й' || c == 'Й') {
                chars[i] = 'й';
            }
        }
        return new String(chars);
    }

    String stemPhrase(String phrase) {
        StringBuilder out = new StringBuilder();
        for (Words.Word word : Words.split(phrase)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            // "сауда*": a word given as a prefix stays one (languages without a stemmer list their terms so)
            boolean prefix = word.end() < phrase.length() && phrase.charAt(word.end()) == '*';
            out.append(prefix ? word.folded() + "*" : stem(key(word)));
        }
        return out.toString();
    }
}
