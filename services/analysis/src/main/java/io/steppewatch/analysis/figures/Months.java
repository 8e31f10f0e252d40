package io.steppewatch.analysis.figures;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.steppewatch.analysis.text.Words;

/** Month names (folded) in English, French, Russian, German and Uzbek (Latin), full or abbreviated, any Russian case. */
final class Months {

    private static final String[][] NAMES = folded(new String[][] {
        {"january", "jan", "janvier", "janv", "январ", "januar", "yanvar"},
        {"february", "feb", "fevrier", "fevr", "феврал", "februar", "fevral"},
        {"march", "mar", "mars", "март", "marz", "mart"},
        {"april", "apr", "avril", "avr", "апрел", "aprel"},
        {"may", "mai", "мая", "май", "мае"},
        {"june", "jun", "juin", "июн", "juni", "iyun"},
        {"july", "jul", "juillet", "juil", "июл", "juli", "iyul"},
        {"august", "aug", "aout", "август", "avgust"},
        {"september", "sep", "sept", "septembre", "сентябр", "sentabr", "sentyabr"},
        {"october", "oct", "octobre", "октябр", "oktober", "oktabr", "oktyabr"},
        {"november", "nov", "novembre", "ноябр", "noyabr"},
        {"december", "dec", "decembre", "декабр", "dezember", "dekabr"},
    });

    private static String[][] folded(String[][] names) {
        String[][] out = new String[names.length][];
        for (int m = 0; m < names.length; m++) {
            out[m] = Arrays.stream(names[m]).map(Words::fold)
                    .toArray(String[]::new);
        }
        return out;
    }

    private Months() {
    }

    /** 1-12 for a folded month name, 0 otherwise. Russian stems match any case ending ("января", "январе"). */
    private static final Map<String, Integer> EXACT = exact();

    private static Map<String, Integer> exact() {
        Map<String, Integer> map = new HashMap<>();
        for (int m = 0; m < NAMES.length; m++) {
            for (String name : NAMES[m]) {
                map.put(name, m + 1);
            }
        }
        return map;
    }

    static int index(String folded) {
        if (folded.length() < 3) {
            return 0;
        }
        String word = folded;
        if (!mayStartName(word.charAt(0))) {
            return 0; // most words start with a letter no month name starts with: no lookup, no loop
        }
        Integer exact = EXACT.get(word);
        if (exact != null) {
            return exact;
        }
        if (word.charAt(0) < 0x400) {
            return 0; // only Russian names need a stem match
        }
        // A Cyrillic word can equal or extend only a Cyrillic name: the others are left out of the loop.
        for (int k = 0; k < CYRILLIC.length; k++) {
            String name = CYRILLIC[k];
            if (word.equals(name) || (name.length() >= 3 && word.startsWith(name)
                    && word.length() <= name.length() + 3)) {
                return CYRILLIC_MONTH[k];
            }
        }
        return 0;
    }

    /** Whether a month name starts with the char, for every char up to U+04FF. */
    private static final boolean[] INITIALS = initials();

    /** False when no month name starts with {@code c}: then {@link #index} of any word starting so is 0. */
    static boolean mayStartName(char c) {
        return c >= INITIALS.length || INITIALS[c];
    }

    private static boolean[] initials() {
        boolean[] table = new boolean[0x500];
        for (String[] names : NAMES) {
            for (String name : names) {
                if (name.charAt(0) < table.length) {
                    table[name.charAt(0)] = true;
                }
            }
        }
        return table;
    }

    /** The Cyrillic names in the order of {@link #NAMES}, and the month of each. */
    private static final String[] CYRILLIC = Arrays.stream(NAMES).flatMap(Arrays::stream)
            .filter(name -> name.charAt(0) >= 0x400).toArray(String[]::new);
    private static final int[] CYRILLIC_MONTH = cyrillicMonths();

    private static int[] cyrillicMonths() {
        int[] months = new int[CYRILLIC.length];
        int k = 0;
        for (int m = 0; m < NAMES.length; m++) {
            for (String name : NAMES[m]) {
                if (name.charAt(0) >= 0x400) {
                    months[k++] = m + 1;
                }
            }
        }
        return months;
    }
}
