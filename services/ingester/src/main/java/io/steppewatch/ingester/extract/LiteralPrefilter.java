package io.steppewatch.ingester.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of several patterns can find anything in a text, told from the literal words their matches must hold: one
 * pass over the text against a table of those words, where running each pattern tries each of its alternatives at
 * every position. A class name that holds none of a pattern's words is not searched with it; one that holds one is,
 * so the answers are the patterns' own.
 *
 * <p>The words are read from each pattern's source: for each alternative at its top level, the longest run of plain
 * characters that every match of that alternative holds (outside groups, classes and escapes, and not made optional
 * by a quantifier). A pattern with an alternative that has no such run gets no words and is always searched. Only for
 * patterns without flags, given or embedded (a case-insensitive pattern's words could match in another case): a
 * source with an embedded flag gets no words.
 */
final class LiteralPrefilter {

    /** An embedded flag, on its own or opening a group ({@code (?i)}, {@code (?iu:}, {@code (?-i)}). */
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]+[:)]");

    /** Words of at least this length are looked up by their first two characters. */
    private static final int MIN_WORD = 2;
    private static final int ASCII = 128;

    /** Every pattern's bit, set when a pattern is always searched. */
    private final long alwaysSearched;
    /** The words, and for each the patterns that hold it, grouped by their first two characters. */
    private final String[][] wordsByPair = new String[ASCII * ASCII][];
    private final long[][] patternsByPair = new long[ASCII * ASCII][];

    /** @param patterns at most 64, without flags; bit {@code i} of an answer stands for {@code patterns[i]} */
    LiteralPrefilter(Pattern... patterns) {
        if (patterns.length > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 patterns, not " + patterns.length);
        }
        long always = 0;
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].flags() != 0) {
                throw new IllegalArgumentException("a pattern with flags: " + patterns[i]);
            }
            List<String> words = requiredWords(patterns[i].pattern());
            if (words == null) {
                always |= 1L << i;
                continue;
            }
            for (String word : words) {
                add(word, 1L << i);
            }
        }
        alwaysSearched = always;
    }

    /**
     * The bits of the patterns that may find something in {@code text}: those whose words it holds and those always
     * searched. A pattern whose bit is clear finds nothing in it.
     */
    long candidates(String text) {
        long found = alwaysSearched;
        int last = text.length() - MIN_WORD;
        for (int at = 0; at <= last; at++) {
            char first = text.charAt(at);
            char second = text.charAt(at + 1);
            if (first >= ASCII || second >= ASCII) {
                continue;
            }
            int pair = first * ASCII + second;
            String[] words = wordsByPair[pair];
            if (words == null) {
                continue;
            }
            long[] patterns = patternsByPair[pair];
            for (int w = 0; w < words.length; w++) {
                if ((found & patterns[w]) != patterns[w] && text.startsWith(words[w], at)) {
                    found |= patterns[w];
                }
            }
        }
        return found;
    }

    private void add(String word, long pattern) {
        int pair = word.charAt(0) * ASCII + word.charAt(1);
        String[] words = wordsByPair[pair];
        if (words == null) {
            wordsByPair[pair] = new String[] {word};
            patternsByPair[pair] = new long[] {pattern};
            return;
        }
        for (int w = 0; w < words.length; w++) {
            if (words[w].equals(word)) {
                patternsByPair[pair][w] |= pattern;
                return;
            }
        }
        String[] moreWords = Arrays.copyOf(words, words.length + 1);
        long[] morePatterns = Arrays.copyOf(patternsByPair[pair], words.length + 1);
        moreWords[words.length] = word;
        morePatterns[words.length] = pattern;
        wordsByPair[pair] = moreWords;
        patternsByPair[pair] = morePatterns;
    }

    /**
     * For each top-level alternative of the regular expression {@code source} (cut at each {@code |} outside groups,
     * character classes and escapes), the longest literal run every match of it holds; null when some alternative has
     * none of at least {@link #MIN_WORD} characters of plain ASCII.
     *
     * <p>A literal run is a run of characters that stand for themselves, each exactly once: outside groups and classes,
     * not escaped, not an anchor, not followed by a quantifier. Every match of the alternative holds each such run as
     * it stands.
     */
    static List<String> requiredWords(String source) {
        if (INLINE_FLAGS.matcher(source).find()) {
            // "(?i)" or "(?i:" changes how the letters after it match, which the runs below do not know.
            return null;
        }
        List<String> words = new ArrayList<>();
        String longest = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i <= source.length(); i++) {
            if (i == source.length() || !inClass && depth == 0 && source.charAt(i) == '|') {
                // The end of an alternative: its longest run is the word its matches hold.
                if (longest.length() < MIN_WORD) {
                    return null;
                }
                words.add(longest);
                longest = "";
                run.setLength(0);
                continue;
            }
            char c = source.charAt(i);
            boolean plain = false;
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '{') {
                // A counted quantifier: its digits are not characters of the match.
                int close = source.indexOf('}', i);
                i = close < 0 ? source.length() - 1 : close;
            } else {
                plain = depth == 0 && c < ASCII && ".^$*+?}".indexOf(c) < 0;
            }
            // A character that a quantifier follows may be absent or repeated: it ends the run and is not in it.
            boolean quantified = i + 1 < source.length() && "*+?{".indexOf(source.charAt(i + 1)) >= 0;
            if (plain && !quantified) {
                run.append(c);
                if (run.length() > longest.length()) {
                    longest = run.toString();
                }
            } else {
                run.setLength(0);
            }
        }
        return words;
    }
}
