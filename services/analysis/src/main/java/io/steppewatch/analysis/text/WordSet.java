package io.steppewatch.analysis.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of words, for the lists asked about one word after another (every word of a sentence, every
 * figure's neighbours). {@code Set.of} compares a word with each slot it probes and divides to find the first; here a
 * word whose length no member has is turned away at once, and slots are compared by hash before any text.
 */
public final class WordSet extends AbstractSet<String> {

    private final List<String> members;
    private final String[] slots;
    private final int[] hashes;
    /** Bit n set when a member has n chars (bit 63: 63 chars or more). */
    private final long lengths;
    /**
     * Bit c set when a member starts with char c, for chars below {@link #INITIALS}: a word opening with another char
     * (a number, most often: its string is new with each text, so its hash would be computed afresh) is turned away
     * before its hash is asked for.
     */
    private final long[] initials = new long[INITIALS >>> 6];
    private static final int INITIALS = 0x500;

    private WordSet(Collection<String> words) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String word : words) {
            distinct.add(Objects.requireNonNull(word, "word"));
        }
        members = List.copyOf(distinct);
        int size = Integer.highestOneBit(Math.max(4, members.size() * 2 - 1)) << 1;
        slots = new String[size];
        hashes = new int[size];
        long bits = 0;
        for (String word : members) {
            bits |= lengthBit(word);
            if (!word.isEmpty() && word.charAt(0) < INITIALS) {
                initials[word.charAt(0) >>> 6] |= 1L << word.charAt(0);
            }
            int h = word.hashCode();
            int i = spread(h) & (size - 1);
            while (slots[i] != null) {
                i = (i + 1) & (size - 1);
            }
            slots[i] = word;
            hashes[i] = h;
        }
        lengths = bits;
    }

    public static WordSet of(String... words) {
        return new WordSet(Arrays.asList(words));
    }

    public static WordSet copyOf(Collection<String> words) {
        return new WordSet(words);
    }

    private static long lengthBit(String word) {
        return 1L << Math.min(word.length(), 63);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String word) || (lengths & lengthBit(word)) == 0) {
            return false;
        }
        if (!word.isEmpty() && word.charAt(0) < INITIALS && (initials[word.charAt(0) >>> 6] & (1L << word.charAt(0))) == 0) {
            return false;
        }
        int h = word.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && slots[i].equals(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return members.iterator();
    }

    @Override
    public int size() {
        return members.size();
    }
}
