package io.steppewatch.analysis.language;

/**
 * Whether a text is written in Uzbek letters, in either of its scripts, for the texts the function-word vote leaves
 * open. Lingua has no Uzbek: Cyrillic Uzbek comes back Ukrainian or Kazakh, Latin Uzbek Azerbaijani. And the vote
 * misses it when "ва", which Tajik shares, keeps Uzbek under three times Tajik's count.
 *
 * <p>The letters: Cyrillic "ў", which neither Kazakh, Russian, Ukrainian nor Tajik (whose "ӯ" has a macron) has;
 * and Latin "oʻ" and "gʻ", written with any of the marks real pages put after the letter ("ʻ", "‘", "’", "'",
 * "ʼ", "`"), which Turkish and Azerbaijani spell "ö" and "ğ". A text needs {@link #MIN_MARKS} of them, and three
 * times as many as letters only its neighbours have (Kazakh "ә ө ү ұ ң һ і", Ukrainian "ї є ґ", Tajik "ҷ ӣ ӯ",
 * Turkish and Azerbaijani "ş ç ğ ı ə", Kazakh Latin "á ó ú ǵ ń ý"): an Uzbek name in a Kazakh text stays Kazakh.
 */
final class UzbekLetters {

    static final int MIN_MARKS = 3;
    private static final int MARGIN = 3;
    private static final String APOSTROPHES = "\u02BB\u2018\u2019'\u02BC`";
    private static final String NEIGHBOURS = "әөүұңһіїєґҷӣӯşçğıəáóúǵńý";

    private UzbekLetters() {
    }

    static boolean written(String text) {
        int marks = 0;
        int neighbours = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c == 'ў') {
                marks++;
            } else if ((c == 'o' || c == 'g') && i + 2 < text.length()
                    && APOSTROPHES.indexOf(text.charAt(i + 1)) >= 0 && Character.isLetter(text.charAt(i + 2))) {
                marks++;
            } else if (NEIGHBOURS.indexOf(c) >= 0) {
                neighbours++;
            }
        }
        return marks >= MIN_MARKS && marks >= MARGIN * neighbours;
    }
}
