package io.steppewatch.analysis.text;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The keys a {@link PhraseMatcher} matches instead of the words' folded forms (their stems, for instance), each
 * with its {@link WordIds} number, so that the matcher finds what it knows of a key by its number. Immutable.
 */
public final class Keys extends AbstractList<String> implements RandomAccess {

    private final String[] keys;
    private final int[] ids;

    /** Takes the two arrays as they are (no copy): the caller gives them up. */
    public Keys(String[] keys, int[] ids) {
        if (keys.length != ids.length) {
            throw new IllegalArgumentException(keys.length + " keys but " + ids.length + " numbers");
        }
        this.keys = keys;
        this.ids = ids;
    }

    @Override
    public String get(int index) {
        return keys[index];
    }

    /** The {@link WordIds} number of key {@code index}, or {@link WordIds#NONE}. */
    public int id(int index) {
        return ids[index];
    }

    @Override
    public int size() {
        return keys.length;
    }
}
