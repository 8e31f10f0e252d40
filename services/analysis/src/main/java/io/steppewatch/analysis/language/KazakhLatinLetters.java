package io.steppewatch.analysis.language;

/**
 * Whether a text is Kazakh written in the Latin alphabet of 2018 (the one with acute accents: "Qytaı", "júk",
 * "tasymaldaý", "ǵ", "ń"), for the texts the function-word vote leaves open. Lingua knows Kazakh in Cyrillic only, and
 * takes this alphabet's "á ó ú" for Spanish.
 *
 * <p>The marks: "ǵ", "ń" and "ý", with the dotless "ı" the alphabet writes for "и" and "і" in nearly every line. A text
 * needs {@link #MIN_MARKS} marks, as many dotless "ı", and three times as many marks as letters the alphabet does
 * without but its look-alikes use: Turkish and Azerbaijani "ş ç ğ ə ö ü", Turkmen "ä ň ž", Polish "ł ą ę ś ź ż",
 * Czech "č š ř", Spanish "ñ é í".
 */
final class KazakhLatinLetters {

    static final int MIN_MARKS = 3;
    private static final int MARGIN = 3;
    private static final String MARKS = "ǵńý";
    private static final String OTHERS = "şçğəöüäňžłąęśźżčšřñéí";

    private KazakhLatinLetters() {
    }

    static boolean written(String text) {
        int marks = 0;
        int dotless = 0;
        int others = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (MARKS.indexOf(c) >= 0) {
                marks++;
            } else if (c == 'ı') {
                dotless++;
            } else if (OTHERS.indexOf(c) >= 0) {
                others++;
            }
        }
        return marks >= MIN_MARKS && dotless >= MIN_MARKS && marks >= MARGIN * others;
    }
}
