package io.steppewatch.analysis.text;

import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A set of folded words asked about with the {@link Words.Word}s of a text: a bit per {@link WordIds} number, so
 * that a word of an article is answered without hashing it again. Words without a number are looked up by their
 * folded form. Immutable.
 */
public final class WordIdSet implements Predicate<Words.Word> {

    private final Set<String> words;
    private final long[] bits;
    /**
     * Whether every member without a digit has a number: then a word without a number (one with digits) can only be
     * a member with digits, for a word equal to a member without any would have the member's number.
     */
    private final boolean allNumbered;
    /**
     * The members with a digit ("2nd"), which a word of a text never has a number for: when {@link #allNumbered},
     * the only members a word without a number may equal, compared one by one (few and short) instead of hashed.
     */
    private final String[] withDigits;

    private WordIdSet(Collection<String> members) {
        words = Set.copyOf(members);
        int highest = -1;
        for (String word : words) {
            highest = Math.max(highest, WordIds.of(word));
        }
        bits = new long[(highest >> 6) + 1];
        boolean numbered = true;
        for (String word : words) {
            int id = WordIds.of(word);
            if (id != WordIds.NONE) {
                bits[id >>> 6] |= 1L << id;
            }
            numbered &= id != WordIds.NONE || hasDigit(word);
        }
        allNumbered = numbered;
        withDigits = words.stream().filter(WordIdSet::hasDigit).toArray(String[]::new);
    }

    public static WordIdSet of(Collection<String> words) {
        return new WordIdSet(words);
    }

    /**
     * Whether the word's folded form is a member. A numbered word is a member exactly when its number's bit is set:
     * a member's number is its own, and a member with none (past the limit) has the same none as any word equal to it.
     */
    public boolean contains(Words.Word word) {
        int id = word.id();
        if (id == WordIds.NONE) {
            if (!allNumbered) {
                return words.contains(word.folded());
            }
            String folded = word.folded();
            for (String member : withDigits) {
                if (member.equals(folded)) {
                    return true;
                }
            }
            return false;
        }
        return (id >>> 6) < bits.length && (bits[id >>> 6] & (1L << id)) != 0;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** {@link #contains}, for readers that classify words by any test. */
    @Override
    public boolean test(Words.Word word) {
        return contains(word);
    }
}
