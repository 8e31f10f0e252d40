package io.steppewatch.analysis.figures;

/** The cents after a currency: "3 dollars 50 cents", "15 dollars et 15", "10 $ 30 cent". */
record Cents(int value, int end) {

    private static final String[] LINKS = {"and ", "et ", "и "};
    private static final String[] CENT_WORDS = {"cents", "cent", "centimes", "centime", "pence", "penny", "копеек",
        "копейки", "копейка", "тиын", "tiyn"};

    static Cents after(String text, int end, UnitLexicon units) {
        int i = skip(text, end);
        for (String link : LINKS) {
            if (text.regionMatches(true, i, link, 0, link.length())) {
                i = skip(text, i + link.length());
                break;
            }
        }
        int j = i;
        while (j < text.length() && NumberScanner.isAsciiDigit(text.charAt(j))) {
            j++;
        }
        int digits = j - i;
        if (digits == 0 || digits > 2 || i == end) {
            return null;
        }
        int value = Integer.parseInt(text.substring(i, j));
        int k = skip(text, j);
        for (String word : CENT_WORDS) {
            if (text.regionMatches(true, k, word, 0, word.length())
                    && (k + word.length() == text.length() || !Character.isLetter(text.charAt(k + word.length())))) {
                return new Cents(value, k + word.length());
            }
        }
        // Without a cent word, only when nothing else claims the number: "15 dollars 50." but not "50 dollar 50 dollar".
        if (k < text.length() && (NumberScanner.isAsciiDigit(text.charAt(k)) || text.charAt(k) == '%'
                || units.unitAt(text, j) != null || units.scaleAt(text, j) != null)) {
            return null;
        }
        if (j < text.length() && (text.charAt(j) == ',' || text.charAt(j) == '.')
                && j + 1 < text.length() && NumberScanner.isAsciiDigit(text.charAt(j + 1))) {
            return null;
        }
        return new Cents(value, j);
    }

    private static int skip(String text, int i) {
        while (i < text.length() && NumberScanner.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
