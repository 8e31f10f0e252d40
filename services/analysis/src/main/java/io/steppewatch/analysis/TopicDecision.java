package io.steppewatch.analysis;

import java.util.List;

/**
 * An assigned topic and why.
 *
 * @param topic one of sanctions, trade, security, corridors
 * @param score the weighted evidence: each term's weight times {@code 1 + ln} of its count, a headline occurrence
 *              counting more (not normalised by the text's length)
 * @param terms the lexicon terms that matched, most weighty first
 */
public record TopicDecision(String topic, double score, List<String> terms) {

    public TopicDecision {
        terms = List.copyOf(terms);
    }
}
