package io.steppewatch.analysis.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of word beginnings ("heroin", "героин"), for {@link Words#startsWithAny}: the stems are grouped by
 * their first char, so that a word is compared only with the stems that open with its own first char instead of with
 * every stem of the list. As a list it holds the stems in the order given.
 */
public final class Stems extends AbstractList<String> implements RandomAccess {

    /** First chars up to U+04FF (Latin and Cyrillic) are looked up in {@link #byFirstChar}; others try every stem. */
    private static final int TABLE_SIZE = 0x500;
    private static final String[] NONE = new String[0];

    private final String[] members;
    private final String[][] byFirstChar = new String[TABLE_SIZE][];
    /** Whether a stem is empty: every word starts with it. */
    private final boolean hasEmpty;

    private Stems(Collection<String> stems) {
        members = stems.stream().map(stem -> Objects.requireNonNull(stem, "stem")).toArray(String[]::new);
        hasEmpty = Arrays.stream(members).anyMatch(String::isEmpty);
        for (char c = 0; c < TABLE_SIZE; c++) {
            List<String> opened = new ArrayList<>();
            for (String stem : members) {
                if (!stem.isEmpty() && stem.charAt(0) == c) {
                    opened.add(stem);
                }
            }
            byFirstChar[c] = opened.isEmpty() ? NONE : opened.toArray(String[]::new);
        }
    }

    public static Stems of(String... stems) {
        return new Stems(Arrays.asList(stems));
    }

    public static Stems copyOf(Collection<String> stems) {
        return new Stems(stems);
    }

    /** Whether {@code word} starts with one of the stems: {@link Words#startsWithAny} of the same list. */
    boolean startOf(String word) {
        if (hasEmpty) {
            return true;
        }
        if (word.isEmpty()) {
            return false;
        }
        char first = word.charAt(0);
        for (String stem : first < TABLE_SIZE ? byFirstChar[first] : members) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String get(int index) {
        return members[index];
    }

    @Override
    public int size() {
        return members.length;
    }
}
