package io.steppewatch.ingester.extract;

import java.text.Normalizer;

/**
 * Text in Unicode's composed form (NFC). Some pages store a letter and its accent as two characters ("u" and a
 * combining diaeresis for "ü", as text pasted from a Mac often comes; a Cyrillic "й" as "и" and a breve), which
 * looks the same on screen but matches no word, phrase or name written the usual way. Composed text matches.
 */
final class ComposedText {

    private ComposedText() {
    }

    /** {@code text} composed; the same instance when it already is, as nearly all text is. */
    static String of(String text) {
        if (text == null || plainlyComposed(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Ranges of characters, first and last, that composition leaves as they are and never joins to the character
     * before them: Latin up to U+02FF (the combining accents start at U+0300), Greek and Cyrillic letters (not
     * Cyrillic's combining signs, U+0483 to U+0489), punctuation, currency signs, arrows, mathematical signs and
     * other symbols, CJK punctuation, kana and ideographs (not the combining tone and voicing marks), Hangul
     * syllables, variation selectors, full-width forms, and the surrogates that spell emoji (U+1F000 to U+1FBFF).
     * Left between the ranges, among others: the Ohm, Kelvin and Ångström signs (U+2126, U+212A, U+212B) and the
     * angle brackets U+2329 and U+232A, which composition replaces by other characters.
     */
    private static final char[] UNCHANGED = {
        '\u0000', '\u02ff', '\u0388', '\u0482', '\u048a', '\u052f', '\u2002', '\u20cf', '\u212c', '\u2328',
        '\u232b', '\u2adb', '\u2add', '\u2cee', '\u2e00', '\u3029', '\u3030', '\u3098', '\u309b', '\ua66e',
        '\uac00', '\ud7a3', '\ud83c', '\ud83e', '\udc00', '\udfff', '\ufe00', '\ufe0f', '\ufe30', '\ufffd'};

    /**
     * Whether every character of {@code text} lies in {@link #UNCHANGED}. Nearly every page is written in nothing
     * else, and for it the normaliser, whose tables cost a run of the extract command tens of milliseconds to load,
     * is never asked.
     */
    private static boolean plainlyComposed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > UNCHANGED[1] && !inRanges(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRanges(char c) {
        for (int r = 2; r < UNCHANGED.length; r += 2) {
            if (c < UNCHANGED[r]) {
                return false;
            }
            if (c <= UNCHANGED[r + 1]) {
                return true;
            }
        }
        return false;
    }
}
