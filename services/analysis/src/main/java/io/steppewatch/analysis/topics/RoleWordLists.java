package io.steppewatch.analysis.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
}
