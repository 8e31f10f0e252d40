package io.steppewatch.analysis.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words with their offsets and folds them for matching (lower case, no accents), so that
 * "Ouzbékistan", "OUZBEKISTAN" and "ouzbekistan" are the same word. Hyphens, apostrophes and every other
 * non-letter separate words.
 */
public final class Words {

    private Words() {
    }

    /**
     * A word of the text: its original form, its folded form, where it is, and the folded form's {@link WordIds}
     * number ({@link WordIds#NONE} for words with digits, which are too varied to number).
     */
    public record Word(String raw, String folded, int start, int end, int id) {
        public Word(String raw, String folded, int start, int end) {
            this(raw, folded, start, end, idOf(folded));
        }
    }

    private static int idOf(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) >= '0' && folded.charAt(i) <= '9') {
                return WordIds.NONE;
            }
        }
        return WordIds.of(folded);
    }

    public static List<Word> split(CharSequence text) {
        // The chars copied out once (one bulk copy): the scan below then reads an array, with no call, bounds check or
        // test of the string's coding per char, which cost more than the scan's own work.
        char[] chars = text.toString().toCharArray();
        int length = chars.length;
        // About a word per six chars in the languages read: the list is sized once, not regrown a dozen times.
        List<Word> words = new ArrayList<>(Math.max(10, length / 6));
        WordCache cache = WordCache.forThisThread();
        int i = 0;
        while (i < length) {
            char first = chars[i];
            if (first < WORD_CHARS.length) { // no surrogate: the char is its own code point
                if (!WORD_CHARS[first]) {
                    i++;
                    continue;
                }
            } else {
                int cp = Character.codePointAt(chars, i);
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
            }
            int start = i;
            // Whether the word has only ASCII chars and no capital: then it is its own folded form, with no second pass.
            boolean plain = true;
            boolean digits = false;
            int hash = 0; // String.hashCode of the raw form, for the cache of words met before
            while (i < length) {
                char c = chars[i];
                if (c < WORD_CHARS.length) {
                    if (!WORD_CHARS[c]) {
                        break;
                    }
                    if (c < 0x80) {
                        plain &= !(c >= 'A' && c <= 'Z');
                        digits |= c <= '9';
                    } else {
                        plain = false;
                    }
                    hash = 31 * hash + c;
                    i++;
                    continue;
                }
                int cp = Character.codePointAt(chars, i);
                if (!isWordChar(cp)) {
                    break;
                }
                plain = false;
                hash = 31 * hash + c;
                if (Character.charCount(cp) == 2) {
                    hash = 31 * hash + chars[i + 1];
                }
                i += Character.charCount(cp);
            }
            // Words with digits are too varied to be met again: read afresh, and not kept.
            int known = digits ? -1 : cache.find(chars, start, i, hash);
            if (known >= 0) {
                words.add(new Word(cache.raw(known), cache.folded(known), start, i, cache.id(known)));
                continue;
            }
            String raw = new String(chars, start, i - start);
            String folded = plain ? raw : fold(raw);
            Word word = new Word(raw, folded, start, i, digits ? WordIds.NONE : WordIds.of(folded));
            if (!digits) {
                cache.add(word, hash);
            }
            words.add(word);
        }
        return words;
    }

    static boolean isWordChar(int cp) {
        if (cp < WORD_CHARS.length) {
            return WORD_CHARS[cp];
        }
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** {@link #isWordChar} of every char up to U+04FF (Latin and Cyrillic), looked up instead of asked each time. */
    private static final boolean[] WORD_CHARS = wordChars();

    private static boolean[] wordChars() {
        boolean[] table = new boolean[0x500];
        for (int c = 0; c < table.length; c++) {
            table[c] = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        }
        return table;
    }

    /** Folded form of every char up to U+04FF, computed once with the JDK's normaliser. */
    private static final String[] FOLDED = foldTable();

    private static String[] foldTable() {
        String[] table = new String[0x500];
        for (char c = 0; c < table.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
            StringBuilder out = new StringBuilder(1);
            for (int i = 0; i < decomposed.length(); i++) {
                char d = decomposed.charAt(i);
                if (Character.getType(d) != Character.NON_SPACING_MARK) {
                    out.append(d);
                }
            }
            table[c] = out.toString();
        }
        return table;
    }

    /** Marks in {@link #FOLDED_CHARS}: the char folds to nothing, or to more than one char. */
    private static final char FOLDS_TO_NOTHING = '\uFFFF';
    private static final char FOLDS_TO_SEVERAL = '\uFFFE';
    /** {@link #FOLDED} as single chars, so that folding a char is one array read, not a String's. */
    private static final char[] FOLDED_CHARS = foldedChars();

    private static char[] foldedChars() {
        char[] table = new char[FOLDED.length];
        for (int c = 0; c < table.length; c++) {
            String folded = FOLDED[c];
            table[c] = folded.isEmpty() ? FOLDS_TO_NOTHING
                    : folded.length() == 1 && folded.charAt(0) < FOLDS_TO_SEVERAL ? folded.charAt(0) : FOLDS_TO_SEVERAL;
        }
        return table;
    }

    /**
     * A word list as the text's words are compared, folded and without repeats: lists are written in the languages'
     * own spelling ("наименований", "кўшма"), which folding changes ("наименовании", "кушма").
     */
    public static List<String> foldAll(String... words) {
        return Arrays.stream(words).map(Words::fold).distinct().toList();
    }

    /**
     * Whether {@code word} starts with one of {@code stems}; given as {@link Stems}, only the stems that open with the
     * word's first char are tried.
     */
    public static boolean startsWithAny(String word, Collection<String> stems) {
        if (stems instanceof Stems grouped) {
            return grouped.startOf(word);
        }
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit stands in {@code text[from, to)}. */
    public static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} ends with one of {@code endings}. */
    public static boolean endsWithAny(String word, Collection<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} contains one of {@code parts}. */
    public static boolean containsAny(String text, Collection<String> parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without diacritics: "Ouzbékistan" and "OUZBEKISTAN" fold to "ouzbekistan", "й" to "и". */
    public static String fold(String word) {
        boolean ascii = true;
        boolean lower = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            char c = word.charAt(i);
            ascii = c < 0x80;
            lower &= !(c >= 'A' && c <= 'Z');
        }
        if (ascii) {
            return lower ? word : word.toLowerCase(Locale.ROOT);
        }
        // The leading chars that fold to themselves: a word made only of them (most lower-case Cyrillic words) is
        // its own folded form, with no copy.
        int same = 0;
        while (same < word.length() && word.charAt(same) < FOLDED_CHARS.length
                && FOLDED_CHARS[word.charAt(same)] == word.charAt(same)) {
            same++;
        }
        if (same == word.length()) {
            return word;
        }
        // All the chars copied out at once and folded in place (a folded char is written at or before the place it
        // was read from): rules fold whole sentences, and String.charAt asks at each call how the string stores its
        // chars.
        char[] out = word.toCharArray();
        int n = same;
        for (int i = same; i < out.length; i++) {
            char c = out[i];
            if (c < FOLDED_CHARS.length) {
                char folded = FOLDED_CHARS[c];
                if (folded < FOLDS_TO_SEVERAL) {
                    out[n++] = folded;
                } else if (folded == FOLDS_TO_SEVERAL) {
                    return slowFold(word); // a char that folds to several ("ŉ"): rare
                }
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out[n++] = Character.toLowerCase(c);
            }
        }
        return new String(out, 0, n);
    }

    private static String slowFold(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < FOLDED.length) {
                out.append(FOLDED[c]);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * Folds every char on its own, keeping the length, so that offsets in the folded text are offsets in the
     * original: regular expressions can then be written without accents or case.
     */
    public static String foldKeepingOffsets(CharSequence text) {
        return foldKeepingOffsets(text, 0, text.length());
    }

    /** {@link #foldKeepingOffsets(CharSequence)} of {@code text[start, end)}, with no copy of that part first. */
    public static String foldKeepingOffsets(CharSequence text, int start, int end) {
        char[] out = new char[end - start];
        // A string's chars copied out at once and folded in place: String.charAt asks at each call how the string
        // stores its chars, which cost more than the folding (this folds whole articles).
        if (text instanceof String string) {
            string.getChars(start, end, out, 0);
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = text.charAt(start + i);
            }
        }
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c < FOLDED_CHARS.length) {
                char folded = FOLDED_CHARS[c];
                out[i] = folded < FOLDS_TO_SEVERAL ? folded : folded == FOLDS_TO_NOTHING ? c : FOLDED[c].charAt(0);
            } else {
                out[i] = Character.toLowerCase(c);
            }
        }
        return new String(out);
    }
}
