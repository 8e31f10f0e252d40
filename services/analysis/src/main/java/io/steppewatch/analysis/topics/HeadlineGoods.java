package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

/**
 * A headline's goods and the words that point their flow at a country: a product of the region's trade (wheat, flour,
 * coal, oil, gas, potash, cotton...) and a word of direction ("to", "for", "pour", "в"). {@link TopicClassifier} adds
 * trade to a story whose headline names such goods, two countries and a direction or a route (decision 7 of round 29:
 * a product's exports or imports; decision 67 of round 39: goods with a partner, in the headline). Words are read from
 * {@code headline-goods.tsv}; read only for headlines: cheap. Immutable and thread-safe.
 */
final class HeadlineGoods {

    private static final String RESOURCE = "/io/steppewatch/analysis/topics/headline-goods.tsv";

    private record WordSet(Set<String> exact, List<String> prefixes) {
        boolean matches(String folded) {
            if (exact.contains(folded)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (folded.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, WordSet> goods;
    private final Map<String, WordSet> directions;

    private HeadlineGoods(Map<String, WordSet> goods, Map<String, WordSet> directions) {
        this.goods = goods;
        this.directions = directions;
    }

    static HeadlineGoods defaults() {
        Map<String, Set<String>> exact = new HashMap<>();
        Map<String, List<String>> prefixes = new HashMap<>();
        for (TsvLines.Line line : TsvLines.fromResource(HeadlineGoods.class, RESOURCE, "headline goods")) {
            List<String> columns = line.columns(3, "language, role, words");
            String role = columns.get(1);
            if (!role.equals("goods") && !role.equals("direction")) {
                throw line.error("role must be goods or direction: " + role);
            }
            String key = columns.get(0) + "/" + role;
            for (String word : columns.get(2).split("\\|")) {
                String folded = Words.fold(word.strip());
                if (folded.endsWith("*")) {
                    prefixes.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(folded.substring(0, folded.length() - 1));
                } else {
                    exact.computeIfAbsent(key, k -> new HashSet<>()).add(folded);
                }
            }
        }
        Map<String, WordSet> goods = new HashMap<>();
        Map<String, WordSet> directions = new HashMap<>();
        Set<String> keys = new HashSet<>(exact.keySet());
        keys.addAll(prefixes.keySet());
        for (String key : keys) {
            WordSet words = new WordSet(Set.copyOf(exact.getOrDefault(key, Set.of())),
                    List.copyOf(prefixes.getOrDefault(key, List.of())));
            String[] parts = key.split("/");
            (parts[1].equals("goods") ? goods : directions).put(parts[0], words);
        }
        return new HeadlineGoods(Map.copyOf(goods), Map.copyOf(directions));
    }

    /** Whether one of the title's words is goods of the list, in {@code language}. */
    boolean namesGoods(List<Words.Word> title, String language) {
        return any(goods.get(language), title);
    }

    /** Whether one of the title's words points a flow (to, for, pour, в), in {@code language}. */
    boolean namesADirection(List<Words.Word> title, String language) {
        return any(directions.get(language), title);
    }

    private static boolean any(WordSet words, List<Words.Word> title) {
        if (words == null) {
            return false;
        }
        for (Words.Word word : title) {
            if (words.matches(word.folded())) {
                return true;
            }
        }
        return false;
    }
}
