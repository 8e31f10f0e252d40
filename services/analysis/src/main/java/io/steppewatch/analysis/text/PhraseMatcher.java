package io.steppewatch.analysis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds phrases in a list of {@link Words.Word}s and returns the value attached to each phrase.
 *
 * <p>A phrase is written as plain words: {@code "chiffre d'affaires"}. Matching is on folded words (no case,
 * no accents). A word ending in {@code *} matches any word it begins ({@code "рубл*"} covers every case of
 * the rouble). A phrase starting with {@code =} matches only with its exact case ({@code "=UE"}, an acronym
 * that is also a French word). At each position the longest phrase wins (of two as long in words, the one added
 * first, or, when the builder says {@link Builder#longerPrefixWins}, the one whose first word is the longer prefix).
 * Immutable and thread-safe.
 *
 * @param <T> the value a phrase stands for
 */
public final class PhraseMatcher<T> {

    /** A phrase found at words {@code [first, last]}. */
    public record Match<T>(T value, String phrase, int first, int last) {
        public int length() {
            return last - first + 1;
        }
    }

    /** {@code id}: the {@link WordIds} number of a whole folded word, else {@link WordIds#NONE}. */
    private record Pattern(String text, boolean prefix, boolean exactCase, int id) {
        Pattern(String text, boolean prefix, boolean exactCase) {
            this(text, prefix, exactCase, prefix || exactCase ? WordIds.NONE : WordIds.of(text));
        }

        /** {@code keyId}: the key's number, if it has one: two numbered words are equal when their numbers are. */
        boolean matches(Words.Word word, String key, int keyId) {
            if (id != WordIds.NONE && keyId != WordIds.NONE) {
                return id == keyId;
            }
            String candidate = exactCase ? word.raw() : key;
            return prefix ? candidate.startsWith(text) : candidate.equals(text);
        }
    }

    /**
     * {@code secondId}: the number a word must have to match the phrase's second word, when that word is matched by
     * number alone (a whole word, any case, numbered); else {@link WordIds#NONE}. A candidate phrase is turned away by
     * comparing it with the next word's number, before its words are walked (see {@link #longest}).
     */
    private record Entry<T>(T value, String phrase, List<Pattern> words, int secondId) {
        Entry(T value, String phrase, List<Pattern> words) {
            this(value, phrase, words, words.size() < 2 ? WordIds.NONE : words.get(1).id());
        }
    }

    /**
     * Candidate phrases for one first word, longest first, with each one's length in words and {@link Entry#secondId}
     * side by side in arrays: {@link #longest} reads them for most words of every text, and a list, its iterator and
     * each entry's list of words cost more reads than the comparisons themselves.
     */
    private static final class Candidates<T> {
        final Entry<T>[] entries;
        final int[] sizes;
        final int[] secondIds;

        @SuppressWarnings("unchecked")
        Candidates(List<Entry<T>> sorted) {
            entries = sorted.toArray(new Entry[0]);
            sizes = new int[entries.length];
            secondIds = new int[entries.length];
            for (int i = 0; i < entries.length; i++) {
                sizes[i] = entries[i].words().size();
                secondIds[i] = entries[i].secondId();
            }
        }
    }

    /** Phrases whose first word is a prefix, in a character trie: one walk per word, no substring. */
    private static final class PrefixNode<T> {
        char[] keys = new char[0];
        /** An array, not a list: one read less at each char of each word walked. */
        PrefixNode<?>[] children = new PrefixNode<?>[0];
        final List<Entry<T>> entries = new ArrayList<>(1);
        /** {@link #entries} once sorted, as read; null while the trie is built. */
        Candidates<T> candidates;

        /** Keys are kept sorted: a binary search finds a child among the many first letters of the root. */
        @SuppressWarnings("unchecked")
        PrefixNode<T> child(char c) {
            if (keys.length == 1) {
                return keys[0] == c ? (PrefixNode<T>) children[0] : null; // most nodes below the root have one child
            }
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? (PrefixNode<T>) children[at] : null;
        }

        @SuppressWarnings("unchecked")
        PrefixNode<T> childOrNew(char c) {
            int at = Arrays.binarySearch(keys, c);
            if (at >= 0) {
                return (PrefixNode<T>) children[at];
            }
            int insert = -at - 1;
            PrefixNode<T> created = new PrefixNode<>();
            char[] grown = new char[keys.length + 1];
            System.arraycopy(keys, 0, grown, 0, insert);
            grown[insert] = c;
            System.arraycopy(keys, insert, grown, insert + 1, keys.length - insert);
            keys = grown;
            PrefixNode<?>[] more = new PrefixNode<?>[children.length + 1];
            System.arraycopy(children, 0, more, 0, insert);
            more[insert] = created;
            System.arraycopy(children, insert, more, insert + 1, children.length - insert);
            children = more;
            return created;
        }
    }

    /**
     * What the phrases hold for one first word, found once per word and kept at the word's {@link WordIds} number:
     * the phrases the word begins whole, and those whose first word (a prefix) it begins with, each longest phrase first.
     */
    private static final class Start<T> {
        final Candidates<T> whole;
        final Candidates<T> prefixed;
        /** Whether the word is the folded form of a case-sensitive phrase's first word (see {@link PhraseMatcher#exactFolded}). */
        final boolean foldsExact;

        Start(Candidates<T> whole, Candidates<T> prefixed, boolean foldsExact) {
            this.whole = whole;
            this.prefixed = prefixed;
            this.foldsExact = foldsExact;
        }
    }

    private static final Start<?> NO_START = new Start<>(null, null, false);

    /**
     * The {@link Start} of each numbered word met so far, at its number: grown on demand; two threads growing it at
     * once may each lose the other's new slots, which are then found again (a slot holds an immutable value).
     */
    private volatile Object[] starts = new Object[0];

    private final Map<String, Candidates<T>> byFirstWord = new HashMap<>();
    private final PrefixNode<T> prefixes = new PrefixNode<>();
    /**
     * Per char up to U+04FF: the lengths of the phrases' first words (whole) that start with it, a bit per length
     * (the last bit for 32 chars and more), and the root's child for it. Most words start no phrase; these tables
     * turn most of them away without a hash lookup or a binary search.
     */
    private final int[] wordLengths = new int[TABLE_SIZE];
    private final Object[] rootByChar = new Object[TABLE_SIZE];
    /** Whether any phrase is case-sensitive; if none, words are never looked up by their raw form. */
    private final boolean hasExactCase;
    /** Whether, of two phrases as long in words, the one whose first word is the longer prefix wins (see builder). */
    private final boolean longerPrefixWins;
    /**
     * The folded forms of the case-sensitive phrases' first words: a word whose raw form is one of those words folds
     * to one of these, so a word of the text (its folded form the fold of its raw form) that folds to none of them
     * needs no look-up by its raw form.
     */
    private final Set<String> exactFolded = new HashSet<>();
    /**
     * A bit per hash of every whole first word, small enough to stay in the CPU cache: most words of a text start no
     * phrase, and this turns them away before the lookup in the (large) map, whose misses cost more than the rest.
     */
    private final long[] firstWordBits;

    private PhraseMatcher(List<Entry<T>> entries, boolean longerPrefixWins) {
        this.longerPrefixWins = longerPrefixWins;
        this.hasExactCase = entries.stream().anyMatch(e -> e.words().get(0).exactCase());
        for (Entry<T> entry : entries) {
            if (entry.words().get(0).exactCase()) {
                exactFolded.add(Words.fold(entry.words().get(0).text()));
            }
        }
        Map<String, List<Entry<T>>> whole = new HashMap<>();
        for (Entry<T> entry : entries) {
            Pattern first = entry.words().get(0);
            if (first.prefix()) {
                PrefixNode<T> node = prefixes;
                for (int i = 0; i < first.text().length(); i++) {
                    node = node.childOrNew(first.text().charAt(i));
                }
                node.entries.add(entry);
            } else {
                whole.computeIfAbsent(first.text(), k -> new ArrayList<>()).add(entry);
            }
        }
        // Every list of candidates longest phrase first (a stable sort: phrases of one length keep the order they were
        // added in), so that longest() may stop at the first that matches (see there).
        whole.forEach((word, candidates) -> {
            longestFirst(candidates);
            byFirstWord.put(word, new Candidates<>(candidates));
        });
        sortEntries(prefixes);
        for (String key : byFirstWord.keySet()) {
            if (!key.isEmpty() && key.charAt(0) < TABLE_SIZE) {
                wordLengths[key.charAt(0)] |= lengthBit(key);
            }
        }
        for (char c = 0; c < TABLE_SIZE; c++) {
            rootByChar[c] = prefixes.child(c);
        }
        int bits = Integer.highestOneBit(Math.max(1024, byFirstWord.size() * 16 - 1)) << 1;
        firstWordBits = new long[bits >>> 6];
        for (String key : byFirstWord.keySet()) {
            int bit = bitOf(key, bits);
            firstWordBits[bit >>> 6] |= 1L << bit;
        }
    }

    private static <T> void longestFirst(List<Entry<T>> candidates) {
        candidates.sort(Comparator.comparingInt((Entry<T> e) -> e.words().size()).reversed());
    }

    /**
     * Longest phrase first and, among phrases as long in words, the one whose first word is the longer prefix
     * ({@code "chegarachi*"}, a border guard, before {@code "chegara*"}, a border): of two prefixes a word begins with,
     * the longer says more of it. A stable sort: ties beyond that keep the order they were added in.
     */
    private static <T> void longestThenLongerPrefixFirst(List<Entry<T>> candidates) {
        candidates.sort(Comparator.comparingInt((Entry<T> e) -> e.words().size())
                .thenComparingInt(e -> e.words().get(0).text().length())
                .reversed());
    }

    private static <T> void sortEntries(PrefixNode<T> node) {
        longestFirst(node.entries);
        node.candidates = new Candidates<>(node.entries);
        for (PrefixNode<?> child : node.children) {
            @SuppressWarnings("unchecked")
            PrefixNode<T> typed = (PrefixNode<T>) child;
            sortEntries(typed);
        }
    }

    private static int bitOf(String key, int bits) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & (bits - 1);
    }

    /** False when no whole first word is {@code key}; true when one may be. */
    private boolean mayBeAFirstWord(String key) {
        int bit = bitOf(key, firstWordBits.length << 6);
        return (firstWordBits[bit >>> 6] & (1L << bit)) != 0;
    }

    private static final int TABLE_SIZE = 0x500;

    private boolean mayStartAWord(String key) {
        return key.isEmpty() || key.charAt(0) >= TABLE_SIZE || (wordLengths[key.charAt(0)] & lengthBit(key)) != 0;
    }

    private static int lengthBit(String key) {
        return 1 << Math.min(key.length() - 1, 31);
    }

    @SuppressWarnings("unchecked")
    private PrefixNode<T> rootChild(char c) {
        return c < TABLE_SIZE ? (PrefixNode<T>) rootByChar[c] : prefixes.child(c);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** A matcher of the phrases of a word-list resource (one phrase a line, read by {@link TsvLines}), each marked true. */
    public static PhraseMatcher<Boolean> ofWordList(Class<?> anchor, String resource, String what) {
        Builder<Boolean> builder = builder();
        for (TsvLines.Line line : TsvLines.fromResource(anchor, resource, what)) {
            builder.add(line.text(), Boolean.TRUE);
        }
        return builder.build();
    }

    /** Every phrase in the words, left to right, the longest at each position, never overlapping. */
    public List<Match<T>> findAll(List<Words.Word> words) {
        return findAll(words, null);
    }

    /**
     * As {@link #findAll(List)}, matching {@code keys.get(i)} instead of each word's folded form (the words' stems,
     * for instance), so that callers need not build new words.
     */
    public List<Match<T>> findAll(List<Words.Word> words, List<String> keys) {
        List<Match<T>> found = new ArrayList<>();
        // Most words start no phrase, and most of those have a number already known to start none: they are passed
        // over here with one array read, as matchAt would turn them away, unless a case-sensitive phrase may start
        // at the word itself while the keys are not its folded form (matchAt then looks at the word on its own).
        boolean passKnown = keys == null || !hasExactCase;
        Keys numbered = keys instanceof Keys ks ? ks : null;
        Object[] known = starts; // a table grown meanwhile by another thread only lacks slots, each found by matchAt
        int i = 0;
        while (i < words.size()) {
            if (passKnown) {
                int id = keys == null ? words.get(i).id() : numbered != null ? numbered.id(i) : WordIds.NONE;
                if (id != WordIds.NONE && id < known.length && known[id] == NO_START) {
                    i++;
                    continue;
                }
            }
            Match<T> match = matchAt(words, keys, i);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i = match.last() + 1;
            }
        }
        return found;
    }

    /** The longest phrase that starts at word {@code index}, or null. */
    public Match<T> matchAt(List<Words.Word> words, int index) {
        return matchAt(words, null, index);
    }

    private Match<T> matchAt(List<Words.Word> words, List<String> keys, int index) {
        if (index < 0 || index >= words.size()) {
            return null;
        }
        Entry<T> best = null;
        Words.Word word = words.get(index);
        String folded = keys == null ? word.folded() : keys.get(index);
        int id = keys == null ? word.id() : keys instanceof Keys numbered ? numbered.id(index) : WordIds.NONE;
        Start<T> start = id == WordIds.NONE ? null : startOf(id, folded);
        boolean mayBeExact = hasExactCase && mayFoldExact(word, keys, start);
        if (start == NO_START && !mayBeExact) {
            return null; // most words: one array read
        }
        if (start != null) {
            best = longest(start.whole, words, keys, index, best, true);
        } else if (mayStartAWord(folded) && mayBeAFirstWord(folded)) {
            best = longest(byFirstWord.get(folded), words, keys, index, best, true);
        }
        if (mayBeExact && !word.raw().equals(folded) && mayStartAWord(word.raw()) && mayBeAFirstWord(word.raw())) {
            best = longest(byFirstWord.get(word.raw()), words, keys, index, best, false);
        }
        if (start != null) {
            best = longest(start.prefixed, words, keys, index, best, true);
        } else {
            // shallow prefixes first: with longerPrefixWins, one of a deeper node as long in words takes the tie (not
            // from a whole word, hence apart from best); without it, best bounds the walk as before
            Entry<T> prefixed = longerPrefixWins ? null : best;
            PrefixNode<T> node = prefixes;
            for (int i = 0; i < folded.length() && node != null; i++) {
                node = i == 0 ? rootChild(folded.charAt(0)) : node.child(folded.charAt(i));
                if (node != null && !node.entries.isEmpty()) {
                    prefixed = longest(node.candidates, words, keys, index, prefixed, true, longerPrefixWins);
                }
            }
            if (prefixed != null && (best == null || prefixed.words().size() > best.words().size())) {
                best = prefixed;
            }
        }
        return best == null ? null : new Match<>(best.value(), best.phrase(), index, index + best.words().size() - 1);
    }

    /**
     * Whether the word's raw form may begin a case-sensitive phrase: only if its folded form is the fold of one of
     * their first words. With keys (stems), the key's {@link Start} says nothing of the word itself, so the word's own
     * folded form is asked, once per numbered word like any key (a word with no number is always looked up).
     */
    private boolean mayFoldExact(Words.Word word, List<String> keys, Start<T> start) {
        if (keys == null) {
            return start == null || start.foldsExact;
        }
        return word.id() == WordIds.NONE || startOf(word.id(), word.folded()).foldsExact;
    }

    /** The {@link Start} of the word numbered {@code id}, found at most once per word (see {@link #starts}). */
    @SuppressWarnings("unchecked")
    private Start<T> startOf(int id, String folded) {
        Object[] table = starts;
        if (id < table.length) {
            Object known = table[id];
            if (known != null) {
                return (Start<T>) known;
            }
        } else {
            table = Arrays.copyOf(table, WordIds.tableLength(id, table.length));
            starts = table;
        }
        Start<T> found = startFor(folded);
        table[id] = found;
        return found;
    }

    /** What {@link #matchAt} would look up for a word, gathered: the same lists, in the same order. */
    @SuppressWarnings("unchecked")
    private Start<T> startFor(String folded) {
        Candidates<T> whole = mayStartAWord(folded) && mayBeAFirstWord(folded) ? byFirstWord.get(folded) : null;
        List<Entry<T>> prefixed = null;
        PrefixNode<T> node = prefixes;
        for (int i = 0; i < folded.length() && node != null; i++) {
            node = i == 0 ? rootChild(folded.charAt(0)) : node.child(folded.charAt(i));
            if (node != null && !node.entries.isEmpty()) {
                if (prefixed == null) {
                    prefixed = new ArrayList<>(node.entries.size());
                }
                prefixed.addAll(node.entries);
            }
        }
        if (prefixed != null) {
            if (longerPrefixWins) {
                longestThenLongerPrefixFirst(prefixed);
            } else {
                longestFirst(prefixed); // several prefixes' lists joined: longest first again, ties in the joined order
            }
        }
        boolean exact = exactFolded.contains(folded);
        return whole == null && prefixed == null && !exact ? (Start<T>) NO_START
                : new Start<>(whole, prefixed == null ? null : new Candidates<>(prefixed), exact);
    }

    /**
     * The longest of the candidates that matches at {@code index}, if longer than {@code best}. {@code firstMatched}:
     * the candidates were found by the word's own folded form (or key), so a first word that ignores case needs no
     * second look.
     */
    private Entry<T> longest(Candidates<T> candidates, List<Words.Word> words, List<String> keys, int index,
                             Entry<T> best, boolean firstMatched) {
        return longest(candidates, words, keys, index, best, firstMatched, false);
    }

    /** As above; {@code tieWins}: a candidate as long in words as {@code best} replaces it. */
    private Entry<T> longest(Candidates<T> candidates, List<Words.Word> words, List<String> keys, int index,
                             Entry<T> best, boolean firstMatched, boolean tieWins) {
        if (candidates == null) {
            return best;
        }
        Entry<T> result = best;
        // The next word's number, read once for all the candidates: a phrase whose second word has another number
        // cannot match here (Pattern#matches compares the two numbers and nothing else), so its words are not walked.
        int nextId = WordIds.NONE;
        if (index + 1 < words.size()) {
            nextId = keys == null ? words.get(index + 1).id()
                    : keys instanceof Keys numbered ? numbered.id(index + 1) : WordIds.NONE;
        }
        // The candidates come longest first, ties in the order they were added: the first that matches is the longest
        // that matches (the earliest of its length), and once they are no longer than the best so far none can win.
        Entry<T>[] entries = candidates.entries;
        int[] sizes = candidates.sizes;
        int[] secondIds = candidates.secondIds;
        int bestSize = result == null ? 0 : result.words().size();
        for (int c = 0; c < entries.length; c++) {
            int n = sizes[c];
            if (n < bestSize || n == bestSize && !tieWins) { // no best yet: every phrase has a word, so none stops
                break;
            }
            int secondId = secondIds[c];
            if (index + n <= words.size()
                    && (secondId == WordIds.NONE || nextId == WordIds.NONE || secondId == nextId)
                    && matchesAt(entries[c], words, keys, index, firstMatched)) {
                return entries[c];
            }
        }
        return result;
    }

    private static <T> boolean matchesAt(Entry<T> entry, List<Words.Word> words, List<String> keys, int at,
                                         boolean firstMatched) {
        List<Pattern> patterns = entry.words();
        Keys numbered = keys instanceof Keys ks ? ks : null;
        for (int k = firstMatched && !patterns.get(0).exactCase() ? 1 : 0; k < patterns.size(); k++) {
            Words.Word word = words.get(at + k);
            int keyId = keys == null ? word.id() : numbered != null ? numbered.id(at + k) : WordIds.NONE;
            if (!patterns.get(k).matches(word, keys == null ? word.folded() : keys.get(at + k), keyId)) {
                return false;
            }
        }
        return true;
    }

    /** Collects phrases; {@link #add} rejects a phrase with no word in it. */
    public static final class Builder<T> {
        private final List<Entry<T>> entries = new ArrayList<>();
        private boolean longerPrefixWins;

        private Builder() {
        }

        public Builder<T> add(String phrase, T value) {
            String trimmed = phrase.trim();
            boolean exactCase = trimmed.startsWith("=");
            String body = exactCase ? trimmed.substring(1) : trimmed;
            List<Pattern> patterns = new ArrayList<>();
            for (Words.Word word : Words.split(body)) {
                boolean prefix = word.end() < body.length() && body.charAt(word.end()) == '*';
                patterns.add(new Pattern(exactCase ? word.raw() : word.folded(), prefix, exactCase));
            }
            if (patterns.isEmpty()) {
                throw new IllegalArgumentException("phrase has no word: '" + phrase + "'");
            }
            entries.add(new Entry<>(value, trimmed, patterns));
            return this;
        }

        /**
         * Of two phrases as long in words, the one whose first word is the longer prefix wins ({@code "chegarachi*"},
         * a border guard, over {@code "chegara*"}, a border), where otherwise the one added first does: for lists
         * whose longer prefixes name narrower things, as the topic lexicons' do.
         */
        public Builder<T> longerPrefixWins() {
            longerPrefixWins = true;
            return this;
        }

        public PhraseMatcher<T> build() {
            return new PhraseMatcher<>(entries, longerPrefixWins);
        }
    }
}
