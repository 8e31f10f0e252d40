package io.steppewatch.analysis.topics;

import io.steppewatch.analysis.text.PhraseMatcher;

import java.util.List;
import java.util.Set;

/**
 * The words of a protest (protesters, demonstrators, a protest action), which in a full article about another place
 * tell of politics rather than security: an opposition rally in Moscow, a protest at a military school, a crowd at an
 * embassy. The labels file the region's own unrest (Karakalpakstan, Kempir-Abad) under security and protests
 * elsewhere under no topic; {@link TopicClassifier} drops these matches only from a full article that names no part of
 * the region, so the region's sense stays and short dispatches keep theirs.
 */
final class ProtestsAbroad {

    /** The lexicon terms (each line's first alternative) of protests, in every language of the lexicon. */
    static final Set<String> PROTEST_TERMS = Set.of("protest", "demonstrators", "протестующ*", "manifestants",
            "наразылық*", "norozilik namoyish*");

    private ProtestsAbroad() {
    }

    /** The matches less those of a protest; the same list when it holds none. */
    static List<PhraseMatcher.Match<TopicLexicon.Term>> without(List<PhraseMatcher.Match<TopicLexicon.Term>> matches) {
        for (PhraseMatcher.Match<TopicLexicon.Term> m : matches) {
            if (PROTEST_TERMS.contains(m.value().text())) {
                return matches.stream().filter(x -> !PROTEST_TERMS.contains(x.value().text())).toList();
            }
        }
        return matches;
    }
}
