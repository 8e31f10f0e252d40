package io.steppewatch.analysis.figures;

import java.util.IdentityHashMap;
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

    private static final ThreadLocal<MentionChecks> LAST = ThreadLocal.withInitial(MentionChecks::new);

    private List<Words.Word> words;
    /** Per mention: bit 2c set when check c was decided, bit 2c + 1 its answer. */
    private final IdentityHashMap<Mention, Integer> decided = new IdentityHashMap<>();

    private MentionChecks() {
    }

    /** {@code decide.test(m, words)}, decided at most once per mention of the same words. */
    static boolean of(int check, Mention m, List<Words.Word> words, BiPredicate<Mention, List<Words.Word>> decide) {
        MentionChecks checks = LAST.get();
        if (checks.words != words) {
            checks.words = words;
            checks.decided.clear();
        }
        Integer bits = checks.decided.get(m);
        int known = bits == null ? 0 : bits;
        if ((known & (1 << (2 * check))) != 0) {
            return (known & (1 << (2 * check + 1))) != 0;
        }
        boolean answer = decide.test(m, words);
        checks.decided.put(m, known | 1 << (2 * check) | (answer ? 1 << (2 * check + 1) : 0));
        return answer;
    }
}
