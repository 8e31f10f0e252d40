package io.steppewatch.analysis.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Kazakh written in the Latin alphabet of 2018 (the one with acute accents that qz.inform.kz uses: "Qytaı", "júk",
 * "tasymaldaý", "baǵyt", "myń"), written back in Cyrillic, so that the analysis reads it with the Kazakh word lists,
 * units, cues and period words, which are all Cyrillic: "66 myń konteınerlik júk" is read as "66 мың контейнерлік
 * жүк".
 *
 * <p>The alphabet is close to one letter for one letter: "á ǵ ń ó ú" are "ә ғ ң ө ү", "q" is "қ", "j" is "ж", "u" is
 * "ұ", "ý" is "у", "y" is "ы", "i" is "і", and the digraphs "sh" and "ch" are "ш" and "ч". The dotless "ı" stands for
 * both "и" and "й": after a vowel it is "й" ("Qytaı", "sáıkes"), else "и" ("mınıstr"); with an "a" or "ý" after it,
 * after a vowel or another "ı", it is the one letter "я" or "ю" the Cyrillic spelling has there ("Azııa", "aıaq"). A
 * capital "I" is "І" or "И" as the word's next vowel is front or back (vowel harmony: "Ishki", "Iran"). The "ts" the
 * alphabet writes for "ц" is "ц" before "ı" ("sanktsııa", "ınvestıtsııa"), where no Kazakh word of its own has "т" and
 * "с" (elsewhere it is the two letters: "aıtsa"). An accent may also come as a combining acute after its letter.
 *
 * <p>Words the conversion leaves as they are: any word with a letter outside the Latin alphabet (a Cyrillic word
 * quoted in the text), and words of two or more capitals ("TEU", "TITR", "USD"), which are Latin acronyms in this
 * alphabet's texts as in the others'. Digits, punctuation and spaces are copied.
 *
 * <p>Every Cyrillic char keeps the span of the Latin chars it comes from ({@link Transliteration#sourceStart},
 * {@link Transliteration#sourceEnd}), so that what the analysis finds in the Cyrillic text is quoted from the original.
 */
public final class KazakhLatinScript {

    private static final char COMBINING_ACUTE = '\u0301';

    private KazakhLatinScript() {
    }

    /** Whether an article is Kazakh in the Latin alphabet of 2018: its title and body's beginning are written in it. */
    public static boolean written(String title, String body) {
        return KazakhLatinLetters.written(LanguageIdentifier.sample(title, body));
    }

    /**
     * A text written back in Cyrillic, with where each of its chars comes from in the original.
     *
     * @param text  the Cyrillic text
     * @param from  for each char of {@code text}, where its Latin source starts in the original
     * @param to    for each char of {@code text}, where its Latin source ends in the original
     */
    public record Transliteration(String text, int[] from, int[] to) {

        /** Where the char at {@code offset} of the Cyrillic text starts in the original. */
        public int sourceStart(int offset) {
            return from[offset];
        }

        /** Where the Cyrillic text's span ending (exclusive) at {@code end} ends in the original. */
        public int sourceEnd(int end) {
            return end == 0 ? 0 : to[end - 1];
        }
    }

    /** The text written back in Cyrillic word by word, each char with the span of the Latin chars it comes from. */
    public static Transliteration toCyrillic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] from = new int[text.length() * 2 + 1];
        int[] to = new int[text.length() * 2 + 1];
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                from[out.length()] = i;
                to[out.length()] = i + 1;
                out.append(text.charAt(i));
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (Character.isLetter(text.charAt(end))
                    || text.charAt(end) == COMBINING_ACUTE)) {
                end++;
            }
            if (kept(text, i, end)) {
                for (int k = i; k < end; k++) {
                    from[out.length()] = k;
                    to[out.length()] = k + 1;
                    out.append(text.charAt(k));
                }
            } else {
                word(text, i, end, out, from, to);
            }
            i = end;
        }
        int n = out.length();
        return new Transliteration(out.toString(), Arrays.copyOf(from, n), Arrays.copyOf(to, n));
    }

    /** A word left in Latin: one with a letter the alphabet lacks, or an acronym of two or more capitals. */
    private static boolean kept(String text, int start, int end) {
        boolean lower = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c != COMBINING_ACUTE && letter(Character.toLowerCase(c)) == 0 && c != 'I' && c != 'İ') {
                return true;
            }
            lower |= Character.isLowerCase(c);
        }
        return !lower && end - start >= 2;
    }

    private static void word(String text, int start, int end, StringBuilder out, int[] from, int[] to) {
        int k = start;
        char previous = 0; // the Latin letter before, lower case and with its accent
        while (k < end) {
            char c = text.charAt(k);
            boolean upper = Character.isUpperCase(c);
            char lower = c == 'I' ? (frontVowelAfter(text, k + 1, end) ? 'i' : 'ı') : c == 'İ' ? 'i'
                    : Character.toLowerCase(c);
            int next = k + 1;
            if (next < end && text.charAt(next) == COMBINING_ACUTE) {
                lower = accented(lower);
                next++;
            }
            char following = next < end ? Character.toLowerCase(text.charAt(next)) : 0;
            String cyrillic;
            if ((lower == 's' || lower == 'c') && following == 'h') {
                cyrillic = lower == 's' ? "ш" : "ч";
                next++;
            } else if (lower == 't' && following == 's' && next + 1 < end
                    && Character.toLowerCase(text.charAt(next + 1)) == 'ı') {
                cyrillic = "ц";
                next++;
            } else if (lower == 'ı' && (following == 'a' || following == 'ý')
                    && (k == start || vowel(previous))) {
                cyrillic = following == 'a' ? "я" : "ю";
                next++;
            } else if (lower == 'ı') {
                cyrillic = vowel(previous) ? "й" : "и";
            } else if (lower == 'e' && k == start && loanWithE(text, next, end)) {
                cyrillic = "э";
            } else if (lower == 'x') {
                cyrillic = "кс";
            } else {
                cyrillic = String.valueOf(letter(lower));
            }
            for (int j = 0; j < cyrillic.length(); j++) {
                char written = cyrillic.charAt(j);
                from[out.length()] = k;
                to[out.length()] = next;
                out.append(upper && j == 0 ? Character.toUpperCase(written) : written);
            }
            previous = lower;
            k = next;
        }
    }

    /**
     * Whether a word whose first letter is "e" goes on as one of the loans the Cyrillic spelling opens with "э" (which
     * the Latin alphabet writes "e", as it writes "е"): "eksport", "ekonomıka", "ekvıvalent", "elektr", "energııa",
     * "embargo", "etap". No Kazakh word of its own begins so.
     */
    private static boolean loanWithE(String text, int start, int end) {
        String rest = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String opening : LOANS_WITH_E) {
            if (rest.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    /** What follows the "e" of the loans spelled with "э" in Cyrillic ({@link #loanWithE}). */
    private static final List<String> LOANS_WITH_E = List.of("ks", "kv", "kon", "kol", "lektr",
            "nerg", "mbarg", "tap");

    /** Whether the first vowel in {@code text[start, end)} is a front one (e, i, á, ó, ú). */
    private static boolean frontVowelAfter(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = Character.toLowerCase(text.charAt(k));
            if ("eiáóú".indexOf(c) >= 0) {
                return true;
            }
            if ("aouyı".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean vowel(char latin) {
        return latin != 0 && "aáeiıoóuúy".indexOf(latin) >= 0;
    }

    private static char accented(char latin) {
        return switch (latin) {
            case 'a' -> 'á';
            case 'g' -> 'ǵ';
            case 'n' -> 'ń';
            case 'o' -> 'ó';
            case 'u' -> 'ú';
            case 'y' -> 'ý';
            default -> latin;
        };
    }

    /** The Cyrillic letter of a lower-case Latin one, 0 for a char outside the alphabet. */
    private static char letter(char latin) {
        return switch (latin) {
            case 'a' -> 'а';
            case 'á' -> 'ә';
            case 'b' -> 'б';
            case 'c' -> 'ц';
            case 'd' -> 'д';
            case 'e' -> 'е';
            case 'f' -> 'ф';
            case 'g' -> 'г';
            case 'ǵ' -> 'ғ';
            case 'h' -> 'х';
            case 'i' -> 'і';
            case 'ı' -> 'и';
            case 'j' -> 'ж';
            case 'k' -> 'к';
            case 'l' -> 'л';
            case 'm' -> 'м';
            case 'n' -> 'н';
            case 'ń' -> 'ң';
            case 'o' -> 'о';
            case 'ó' -> 'ө';
            case 'p' -> 'п';
            case 'q' -> 'қ';
            case 'r' -> 'р';
            case 's' -> 'с';
            case 't' -> 'т';
            case 'u' -> 'ұ';
            case 'ú' -> 'ү';
            case 'v' -> 'в';
            case 'w' -> 'у';
            case 'x' -> 'к';
            case 'y' -> 'ы';
            case 'ý' -> 'у';
            case 'z' -> 'з';
            default -> 0;
        };
    }
}
