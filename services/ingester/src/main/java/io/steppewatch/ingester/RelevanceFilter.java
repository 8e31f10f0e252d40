package io.steppewatch.ingester;

import java.util.List;

/** Decides whether an article is about the region. */
@FunctionalInterface
public interface RelevanceFilter {

    /** The decision with its score and the region countries that were found. */
    record Verdict(double score, List<String> countries, boolean relevant) {
    }

    Verdict assess(String title, String text);

    /** Keeps everything (relevance disabled). */
    static RelevanceFilter keepAll() {
        return (title, text) -> new Verdict(1.0, List.of(), true);
    }
}
