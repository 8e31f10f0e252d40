package io.steppewatch.analysis.figures;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

import io.steppewatch.analysis.region.Mention;
import io.steppewatch.analysis.text.Words;

/**
 * What the subject rules decide of a mention from the words around it alone (a speaker, a ranking's yardstick, a
 * place across a border, a drug's origin, a war's target), decided once per mention: every figure of a sentence asks
 * the same of each of its mentions. The answers are kept for the last list of words asked about, per thread; a decision depends on nothing
 * else, so a kept answer is the answer.
 */
final class MentionChecks {

    static final int SPEAKER = 0;
    static final int RANKING_REFERENCE = 1;
    static final int ACROSS_BORDER = 2;
    static final int NAMES_ORIGIN = 3;
    static final int WAR_TARGET = 4;
    static final int SECTION_NAMED = 5;
    static final int SECTION_WORD_AFTER = 6;
    /** Asked only with {@link IndexedWords}, whose text the decision also reads (the words' own text). */
    static final int EXAMPLE_OF_A_SET = 7;
    /** Whether words of a place ("in", "near the border with") stand just before a country in a sentence of drills. */
    static final int DRILL_PLACE = 8;

    private static final ThreadLocal<MentionChecks> LAST = ThreadLocal.withInitial(MentionChecks::new);

    private List<Words.Word> words;
    /**
     * Per mention, by identity: bit 2c set when check c was decided, bit 2c + 1 its answer. Open addressing on the
     * identity hash, the bits kept as ints (a map's boxed values cost an allocation for most of them).
     */
    private Mention[] mentions = new Mention[INITIAL_SLOTS];
    private int[] decided = new int[INITIAL_SLOTS];
    private int size;

    private static final int INITIAL_SLOTS = 64;

    private MentionChecks() {
    }

    /** {@code decide.test(m, words)}, decided at most once per mention of the same words. */
    static boolean of(int check, Mention m, List<Words.Word> words, BiPredicate<Mention, List<Words.Word>> decide) {
        MentionChecks checks = LAST.get();
        if (checks.words != words) {
            checks.words = words;
            Arrays.fill(checks.mentions, null);
            checks.size = 0;
        }
        int known = checks.bitsOf(m);
        if ((known & (1 << (2 * check))) != 0) {
            return (known & (1 << (2 * check + 1))) != 0;
        }
        boolean answer = decide.test(m, words);
        // Read again: the decision may have asked other checks of the same mention (a border's sides ask for speakers).
        checks.put(m, checks.bitsOf(m) | 1 << (2 * check) | (answer ? 1 << (2 * check + 1) : 0));
        return answer;
    }

    private int bitsOf(Mention m) {
        int mask = mentions.length - 1;
        for (int i = slot(m, mask); mentions[i] != null; i = (i + 1) & mask) {
            if (mentions[i] == m) {
                return decided[i];
            }
        }
        return 0;
    }

    private void put(Mention m, int bits) {
        int mask = mentions.length - 1;
        int i = slot(m, mask);
        while (mentions[i] != null && mentions[i] != m) {
            i = (i + 1) & mask;
        }
        if (mentions[i] == null) {
            if (2 * (size + 1) > mentions.length) { // at most half full, so that probes end soon
                grow();
                put(m, bits);
                return;
            }
            mentions[i] = m;
            size++;
        }
        decided[i] = bits;
    }

    private void grow() {
        Mention[] oldMentions = mentions;
        int[] oldDecided = decided;
        mentions = new Mention[oldMentions.length * 2];
        decided = new int[oldMentions.length * 2];
        size = 0;
        for (int i = 0; i < oldMentions.length; i++) {
            if (oldMentions[i] != null) {
                put(oldMentions[i], oldDecided[i]);
            }
        }
    }

    private static int slot(Mention m, int mask) {
        int h = System.identityHashCode(m);
        return (h ^ (h >>> 16)) & mask;
    }
}
