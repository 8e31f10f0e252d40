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
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
