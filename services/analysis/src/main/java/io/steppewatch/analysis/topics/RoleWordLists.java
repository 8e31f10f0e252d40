package io.steppewatch.analysis.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;

/**
 * Word lists whose lines read {@code language <TAB> role <TAB> word|word|...}: one {@link PhraseMatcher} per language,
 * each word answering the role its line names. The topic rules that pair two kinds of words (a ban and a flow of
 * goods, a border and its opening) keep their words this way.
 */
final class RoleWordLists {

    private RoleWordLists() {
    }

    /**
     * The matchers of {@code lines} by language; {@code roles} maps each role's name in the file to its value, and a
     * line naming another role is an error that says which line and which names are allowed.
     */
    static <R> Map<String, PhraseMatcher<R>> parse(List<TsvLines.Line> lines, Map<String, R> roles) {
        Map<String, PhraseMatcher.Builder<R>> builders = new HashMap<>();
        for (TsvLines.Line line : lines) {
            List<String> columns = line.columns(3, "language, role, words");
            R role = roles.get(columns.get(1).trim());
            if (role == null) {
                throw line.error("role must be one of " + roles.keySet().stream().sorted().toList() + ", got '"
                        + columns.get(1) + "'");
            }
            PhraseMatcher.Builder<R> builder = builders.computeIfAbsent(columns.get(0).trim(),
                    k -> PhraseMatcher.builder());
            for (String word : columns.get(2).split("\\|")) {
                if (!word.isBlank()) {
                    builder.add(word.trim(), role);
                }
            }
        }
        Map<String, PhraseMatcher<R>> matchers = new HashMap<>();
        builders.forEach((language, builder) -> matchers.put(language, builder.build()));
        return Map.copyOf(matchers);
    }

    /**
     * {@code matches} with one match of {@code term} for each pair of neighbouring {@code found} words of two different
     * roles at most {@code maxBetween} words apart, a word paired once at most, all in the order of the text; the
     * pair of {@code found.get(i)} and {@code found.get(i + 1)} is left out when {@code skip} tests {@code i} true.
     * The same list when no pair is found. The pairing of {@link GoodsBans} (a ban and a flow of goods) and of
     * {@link PowerFlows} (electricity and a flow).
     */
    static <R> List<PhraseMatcher.Match<TopicLexicon.Term>> withPairs(
            List<PhraseMatcher.Match<TopicLexicon.Term>> matches, List<PhraseMatcher.Match<R>> found, int maxBetween,
            TopicLexicon.Term term, IntPredicate skip) {
        List<PhraseMatcher.Match<TopicLexicon.Term>> pairs = null;
        int lastPaired = -1;
        for (int i = 0; i + 1 < found.size(); i++) {
            PhraseMatcher.Match<R> a = found.get(i);
            PhraseMatcher.Match<R> b = found.get(i + 1);
            if (a.value() == b.value() || a.first() <= lastPaired || b.first() - a.last() - 1 > maxBetween
                    || skip.test(i)) {
                continue;
            }
            if (pairs == null) {
                pairs = new ArrayList<>();
            }
            pairs.add(new PhraseMatcher.Match<>(term, term.text(), a.first(), b.last()));
            lastPaired = b.last();
        }
        if (pairs == null) {
            return matches;
        }
        List<PhraseMatcher.Match<TopicLexicon.Term>> all = new ArrayList<>(matches);
        all.addAll(pairs);
        all.sort(Comparator.comparingInt(PhraseMatcher.Match::first));
        return all;
    }

    /**
     * Whether word {@code index} is part of one of {@code matches} (in the order of the text) of {@code topic} and of
     * {@code minWeight} or more.
     */
    static boolean insidePhrase(List<PhraseMatcher.Match<TopicLexicon.Term>> matches, int index, String topic,
                                double minWeight) {
        for (PhraseMatcher.Match<TopicLexicon.Term> match : matches) {
            if (match.first() > index) {
                return false;
            }
            if (match.last() >= index && match.value().topic().equals(topic) && match.value().weight() >= minWeight) {
                return true;
            }
        }
        return false;
    }
}
