package io.steppewatch.analysis.topics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * Electricity sent across a border however a sentence words it: a word of electricity (or of its unit, the
 * kilowatt-hour) and a word of a flow (export, import, supply, delivery, transmission) at most
 * {@link #MAX_WORDS_BETWEEN} words apart, in either order ("supplied electricity", "livraisons réciproques
 * d'électricité", "3,2 млрд киловатт-часов мы планируем импортировать", "Туркменистан поставит 1,6 млрд кВт*ч"). The
 * lexicons' electricity lines hold the fixed wordings ("electricity exports", "поставки электроэнергии"), but a writer
 * puts an adjective or an amount between the two words, or turns the sentence round, and a phrase cannot follow that.
 *
 * <p>Electricity one country sells, supplies or sends another is trade as gas is (decision 7 of round 29 and the
 * lexicons' electricity lines). Stories of a neighbour's supplies to cover a winter deficit, of reciprocal deliveries of
 * electricity and water, of a line that will carry a neighbour's electricity named the flow in no fixed phrase and got
 * no topic (gold-zh, zl and zs).
 *
 * <p>Each flow found is one more match of a single trade {@link #TERM} (weight {@link #WEIGHT}, the weight of the
 * lexicon's electricity lines, marked {@link TopicLexicon#GOODS}); a pair already inside one of the lexicon's trade
 * phrases of that weight is left to the phrase, so the stories the lines read already score as before. The words are
 * tried only where the text names electricity at all ({@link #mayName}: a substring test, no pass over the words).
 * Words are read from {@code power-flows.tsv}. Immutable and thread-safe.
 */
final class PowerFlows {

    static final int MAX_WORDS_BETWEEN = 4;
    static final double WEIGHT = 3.0;
    static final TopicLexicon.Term TERM = new TopicLexicon.Term(TopicClassifier.TRADE_TOPIC, WEIGHT,
            "electricity across a border", false, false, true, false, false, false, false);
    private static final String RESOURCE = "/io/steppewatch/analysis/topics/power-flows.tsv";
    /** Substrings one of which every word of the power role holds, case folded to lower: the cheap gate. */
    private static final List<String> GATE = List.of("lectri", "lektr", "электр", "kwh", "квт", "киловатт",
            "kilowatt", "kilovatt", "mwh", "gwh", "мвт", "гвт", "megawatt", "gigawatt");

    /** What a word of the list says: electricity, or a flow. */
    private enum Role { POWER, FLOW }

    private final Map<String, PhraseMatcher<Role>> matchers;

    private PowerFlows(Map<String, PhraseMatcher<Role>> matchers) {
        this.matchers = Map.copyOf(matchers);
    }

    static PowerFlows defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final PowerFlows DEFAULTS = parse(TsvLines.fromResource(PowerFlows.class, RESOURCE,
                "power-flows list"));
    }

    static PowerFlows parse(List<TsvLines.Line> lines) {
        return new PowerFlows(RoleWordLists.parse(lines, Map.of("power", Role.POWER, "flow", Role.FLOW)));
    }

    /** Whether {@code text} may name electricity: one of the power words' substrings is in it. */
    static boolean mayName(CharSequence text) {
        String lower = text.toString().toLowerCase(Locale.ROOT);
        for (String part : GATE) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lexicon's {@code matches} in {@code words}, with a match of {@link #TERM} for each flow of electricity the
     * words state outside the lexicon's trade phrases of that weight, all in the order of the text. The same list when
     * the words state none.
     */
    List<PhraseMatcher.Match<TopicLexicon.Term>> withFlows(List<PhraseMatcher.Match<TopicLexicon.Term>> matches,
                                                           List<Words.Word> words, String language) {
        PhraseMatcher<Role> matcher = matchers.get(language);
        if (matcher == null) {
            return matches;
        }
        List<PhraseMatcher.Match<Role>> found = matcher.findAll(words);
        return RoleWordLists.withPairs(matches, found, MAX_WORDS_BETWEEN, TERM,
                i -> insideTradePhrase(matches, found.get(i).first())
                        || insideTradePhrase(matches, found.get(i + 1).first()));
    }

    /** Whether word {@code index} is part of one of the lexicon's trade phrases of {@link #WEIGHT} or more. */
    private static boolean insideTradePhrase(List<PhraseMatcher.Match<TopicLexicon.Term>> matches, int index) {
        return RoleWordLists.insidePhrase(matches, index, TopicClassifier.TRADE_TOPIC, WEIGHT);
    }
}
