package io.steppewatch.analysis.topics;

import java.util.List;
import java.util.Map;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * A ban on exports or imports however a sentence words it: a word of a ban and a word of a flow of goods across a
 * border at most {@link #MAX_WORDS_BETWEEN} words apart, in either order ("a temporary ban on sugar exports", "exports
 * of onions were banned", "запрет на вывоз маточного поголовья", "экспорт лука запрещён"). The lexicon's phrases hold
 * the fixed wordings ("export ban", "запрет на экспорт"), but a writer puts the product, an adverb or the length of the
 * ban between the two words, or turns the sentence round, and a phrase cannot follow that.
 *
 * <p>A country's ban on exporting its fuel, grain, sugar or livestock is a restriction on trade in goods, which the
 * labels file under {@code sanctions} and {@code trade} like any export ban or export control (team a's topics
 * bullet, "as the seed labels have it for Kazakhstan's export ban"; decision 8 of round 30). Such a story states the
 * ban in its own words, seldom in a sanctions word, and so scored no {@code sanctions}. A restriction or a quota on
 * exports or imports is such a ban ("export quotas for beef", "ограничения на экспорт говядины": decision 8's "a ban
 * or a restriction on exporting or importing goods ... a quota or licence regime on exports"). A word of negation
 * just before the pair ("no restrictions on imports", "нет никаких ограничений на ввоз") says there is none.
 *
 * <p>Each ban found is one more match of a single sanctions {@link #TERM} (weight {@link #WEIGHT}, the weight of the
 * lexicon's "export ban", and marked {@link TopicLexicon#GOODS}), which the classifier counts like any term; a ban
 * already inside a sanctions phrase of the lexicon is left to that phrase. Words are read from
 * {@code goods-bans.tsv}. Immutable and thread-safe.
 */
final class GoodsBans {

    static final int MAX_WORDS_BETWEEN = 4;
    static final int MAX_WORDS_AFTER_NEGATION = 1;
    static final double WEIGHT = 3.0;
    static final TopicLexicon.Term TERM = new TopicLexicon.Term(TopicClassifier.SANCTIONS_TOPIC, WEIGHT,
            "ban on exports or imports", false, false, true, false, false, false, false);
    private static final String RESOURCE = "/io/steppewatch/analysis/topics/goods-bans.tsv";

    /** What a word of the list says: a ban, or a flow of goods. */
    private enum Role { BAN, FLOW, NEGATION }

    private final Map<String, PhraseMatcher<Role>> matchers;

    private GoodsBans(Map<String, PhraseMatcher<Role>> matchers) {
        this.matchers = Map.copyOf(matchers);
    }

    static GoodsBans defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final GoodsBans DEFAULTS = parse(TsvLines.fromResource(GoodsBans.class, RESOURCE, "goods-bans list"));
    }

    static GoodsBans parse(List<TsvLines.Line> lines) {
        return new GoodsBans(RoleWordLists.parse(lines,
                Map.of("ban", Role.BAN, "flow", Role.FLOW, "negation", Role.NEGATION)));
    }

    /**
     * The lexicon's {@code matches} in {@code words}, with a match of {@link #TERM} for each ban on exports or imports
     * the words state outside the lexicon's sanctions phrases, all in the order of the text. The same list when the
     * words state none.
     */
    List<PhraseMatcher.Match<TopicLexicon.Term>> withBans(List<PhraseMatcher.Match<TopicLexicon.Term>> matches,
                                                          List<Words.Word> words, String language) {
        PhraseMatcher<Role> matcher = matchers.get(language);
        if (matcher == null) {
            return matches;
        }
        List<PhraseMatcher.Match<Role>> found = matcher.findAll(words);
        return RoleWordLists.withPairs(matches, found, MAX_WORDS_BETWEEN, TERM, i -> {
            PhraseMatcher.Match<Role> a = found.get(i);
            PhraseMatcher.Match<Role> b = found.get(i + 1);
            return a.value() == Role.NEGATION || b.value() == Role.NEGATION || negated(found, i)
                    || insideSanctionsPhrase(matches, a.first()) || insideSanctionsPhrase(matches, b.first());
        });
    }

    /**
     * Whether the match {@code index} of {@code found} follows a word of negation at most
     * {@link #MAX_WORDS_AFTER_NEGATION} words before it: "no restrictions on imports", "нет никаких ограничений на
     * ввоз" say there is no ban.
     */
    private static boolean negated(List<PhraseMatcher.Match<Role>> found, int index) {
        if (index == 0) {
            return false;
        }
        PhraseMatcher.Match<Role> before = found.get(index - 1);
        return before.value() == Role.NEGATION
                && found.get(index).first() - before.last() - 1 <= MAX_WORDS_AFTER_NEGATION;
    }

    /**
     * Whether word {@code index} is part of one of the lexicon's specific sanctions phrases ("export ban", "запрет на
     * экспорт"). A vague one ("restrictions", weight 1) is not left to the lexicon: next to exports it is a
     * restriction on goods, which the vague word alone does not say.
     */
    private static boolean insideSanctionsPhrase(List<PhraseMatcher.Match<TopicLexicon.Term>> matches, int index) {
        return RoleWordLists.insidePhrase(matches, index, TopicClassifier.SANCTIONS_TOPIC,
                TopicClassifier.SPECIFIC_WEIGHT);
    }
}
