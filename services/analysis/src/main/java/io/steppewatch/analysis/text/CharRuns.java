package io.steppewatch.analysis.text;

import java.util.Arrays;

/**
 * The runs of letters and the runs of digits of one text, found in one pass: the period scans walk a text word by
 * word (month ranges), or number by number (years, days of months), and each walked it char by char on its own. A
 * letter is what {@link Character#isLetter(char)} says, a digit what {@link Character#isDigit(char)} says, each char
 * on its own (a surrogate is neither); each run is as long as it goes (the chars on either side are not of its kind).
 *
 * <p>{@link #of} keeps the runs of the last text it was asked about, per thread, so that the scans of one text share
 * one pass without passing it along. The runs answer for their text only until this thread asks about another: use
 * them at once, don't keep them. Not thread-safe itself: one per thread.
 */
public final class CharRuns {

    private static final ThreadLocal<CharRuns> LAST = ThreadLocal.withInitial(CharRuns::new);
    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    /** The kind of every char up to U+04FF (Latin and Cyrillic), looked up instead of asked each time. */
    private static final byte[] KINDS = kinds();

    private String text;
    /** The chars of {@link #text}, copied out for the walk; longer than the text when an earlier text was longer. */
    private char[] chars = new char[0];
    /** Start and end of each run of letters, in text order. */
    private int[] letters = new int[256];
    private int letterCount;
    /** Start and end of each run of digits, in text order. */
    private int[] digits = new int[64];
    private int digitCount;

    private CharRuns() {
    }

    /** The runs of {@code text}: found the first time, then the same until this thread asks about another text. */
    public static CharRuns of(String text) {
        CharRuns runs = LAST.get();
        if (runs.text != text) {
            runs.build(text);
        }
        return runs;
    }

    private static byte[] kinds() {
        byte[] table = new byte[0x500];
        for (char c = 0; c < table.length; c++) {
            table[c] = Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
        }
        return table;
    }

    private static byte kind(char c) {
        if (c < KINDS.length) {
            return KINDS[c];
        }
        return Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
    }

    private void build(String text) {
        this.text = text;
        letterCount = 0;
        digitCount = 0;
        int length = text.length();
        // The walk reads every char: from an array (one bulk copy into a buffer kept for the next text), not through
        // String.charAt, which asks at each call how the string stores its chars.
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        char[] all = chars;
        text.getChars(0, length, all, 0);
        int i = 0;
        while (i < length) {
            byte kind = kind(all[i]);
            if (kind == OTHER) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < length && kind(all[i]) == kind) {
                i++;
            }
            if (kind == LETTER) {
                if (2 * letterCount + 2 > letters.length) {
                    letters = Arrays.copyOf(letters, letters.length * 2);
                }
                letters[2 * letterCount] = start;
                letters[2 * letterCount + 1] = i;
                letterCount++;
            } else {
                if (2 * digitCount + 2 > digits.length) {
                    digits = Arrays.copyOf(digits, digits.length * 2);
                }
                digits[2 * digitCount] = start;
                digits[2 * digitCount + 1] = i;
                digitCount++;
            }
        }
    }

    /** How many runs of letters the text has. */
    public int letterRuns() {
        return letterCount;
    }

    /** Where run of letters {@code k} starts. */
    public int letterStart(int k) {
        return letters[2 * k];
    }

    /** Where run of letters {@code k} ends (exclusive). */
    public int letterEnd(int k) {
        return letters[2 * k + 1];
    }

    /** How many runs of digits the text has. */
    public int digitRuns() {
        return digitCount;
    }

    /** Where run of digits {@code k} starts. */
    public int digitStart(int k) {
        return digits[2 * k];
    }

    /** Where run of digits {@code k} ends (exclusive). */
    public int digitEnd(int k) {
        return digits[2 * k + 1];
    }
}
