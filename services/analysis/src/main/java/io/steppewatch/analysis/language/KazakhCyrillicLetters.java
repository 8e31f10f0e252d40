package io.steppewatch.analysis.language;

/**
 * Whether a text is Kazakh written in Cyrillic, for the texts the function-word vote leaves open. The vote's Kazakh list
 * is short and news headlines and statistics use few of its words: half the Kazakh articles of the labelled corpus's
 * dev part ("Ауған темір жолдарымен бір апта ішінде ... жүк тасымалданды") got fewer than {@link FunctionWords#MIN_HITS},
 * so {@link LanguageIdentifier#detectByWordsAndLetters} left them open and the ingester's rule for the region's own
 * languages never applied to them.
 *
 * <p>The letters: Kazakh's nine beyond Russian's, "ә ғ қ ң ө ұ ү һ і", which fill about a tenth of every Kazakh line. A
 * text needs {@link #MIN_MARKS} of them making {@link #MIN_SHARE} of its Cyrillic letters (a Russian text quoting
 * "Қазақстан темір жолы" stays Russian), both a "қ" or "ғ" and an "ә", "ұ" or "і" (Kyrgyz has "ң ө ү" only, Ukrainian
 * "і" without "қ ғ", Tajik "қ ғ" without "ә ұ і"), and three times as many marks as letters only its neighbours write
 * (Uzbek "ў ҳ", Tajik "ҷ ӣ ӯ", Ukrainian "ї є ґ", Tatar and Bashkir "җ ҡ ҙ ҫ").
 */
final class KazakhCyrillicLetters {

    static final int MIN_MARKS = 6;
    static final double MIN_SHARE = 0.04;
    private static final int MARGIN = 3;
    private static final String MARKS = "әғқңөұүһі";
    private static final String OTHERS = "ўҳҷӣӯїєґҗҡҙҫ";

    private KazakhCyrillicLetters() {
    }

    static boolean written(String text) {
        int cyrillic = 0;
        int marks = 0;
        int others = 0;
        boolean velar = false;
        boolean front = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u0400' || c > '\u04FF') {
                continue;
            }
            c = Character.toLowerCase(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            cyrillic++;
            if (MARKS.indexOf(c) >= 0) {
                marks++;
                velar |= c == 'қ' || c == 'ғ';
                front |= c == 'ә' || c == 'ұ' || c == 'і';
            } else if (OTHERS.indexOf(c) >= 0) {
                others++;
            }
        }
        return marks >= MIN_MARKS && velar && front && marks >= MIN_SHARE * cyrillic && marks >= MARGIN * others;
    }
}
