package io.steppewatch.analysis.text;

import java.text.Normalizer;
import java.util.ArrayList;
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

    /** A word of the text: its original form, its folded form and where it is. */
    public record Word(String raw, String folded, int start, int end) {
    }

    public static List<Word> split(CharSequence text) {
        List<Word> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < length) {
                cp = Character.codePointAt(text, i);
                if (!isWordChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            String raw = text.subSequence(start, i).toString();
            words.add(new Word(raw, fold(raw), start, i));
        }
        return words;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /** Lower case without diacritics; a plain-ASCII word skips the costly Unicode normalisation. */
    public static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7f) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
