package io.steppewatch.analysis.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.steppewatch.analysis.text.Stems;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.WordSet;
import io.steppewatch.analysis.text.WordStems;
import io.steppewatch.analysis.text.Words;

/**
 * The words of a ranking of partners, one list for the two readers of a ranking: {@link RankedPlaces} (which metric
 * a place below the first measures) and {@link LowerPlaces} (whose a place below the first is). The words are data
 * ({@code ranking-words.tsv}), in the five languages: whole words, and stems for the forms a case or a suffix makes.
 * Each test is decided once per word number. Immutable.
 */
final class RankingWords {

    static final String RESOURCE = "/io/steppewatch/analysis/figures/ranking-words.tsv";

    /** What a word of the resource says. */
    enum Role {
        LOWER, FIRST, PLACE
    }

    private static final Map<Role, WordStems> TESTS = load();
    /** An ordinal of a place below the first: "second", "третьем", "troisième", "иккинчи", "келесі" (the next one). */
    static final WordStems LOWER = TESTS.get(Role.LOWER);
    /** The first place or its holder: "largest", "крупнейшим", "principal", "етакчи", "бірінші". */
    static final WordStems FIRST = TESTS.get(Role.FIRST);
    /** The word for a place, or a superlative an ordinal ranks by: "place", "месте", "орында", "largest". */
    static final WordStems PLACE = TESTS.get(Role.PLACE);

    private RankingWords() {
    }

    private static Map<Role, WordStems> load() {
        Map<Role, Set<String>> whole = new EnumMap<>(Role.class);
        Map<Role, List<String>> stems = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            whole.put(role, new HashSet<>());
            stems.put(role, new ArrayList<>());
        }
        for (TsvLines.Line line : TsvLines.fromResource(RankingWords.class, RESOURCE, "ranking words")) {
            List<String> columns = line.columns(2, "role, word");
            Role role = Role.valueOf(columns.get(0).toUpperCase(Locale.ROOT));
            String word = columns.get(1);
            if (word.endsWith("*")) {
                stems.get(role).add(Words.fold(word.substring(0, word.length() - 1)));
            } else {
                whole.get(role).add(Words.fold(word));
            }
        }
        Map<Role, WordStems> tests = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Set<String> words = WordSet.copyOf(whole.get(role)); // asked of every word with digits: see WordSet
            Stems starts = Stems.copyOf(stems.get(role));
            tests.put(role, WordStems.asking(folded -> words.contains(folded) || Words.startsWithAny(folded, starts)));
        }
        return tests;
    }
}
