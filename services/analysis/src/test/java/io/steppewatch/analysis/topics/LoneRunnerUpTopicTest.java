package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * Where no topic passes the threshold, a second topic close behind the first is kept beside it; one far behind is not.
 */
class LoneRunnerUpTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @Test
    void shouldKeepASecondTopicCloseBehindTheFirst() {
        String body = "Exports and imports of flour rose this autumn. The railway and its freight terminal carried them.";
        List<TopicDecision> scores = CLASSIFIER.scores(List.of(), Words.split(body), "en");
        assertThat(scores.get(0).score()).isLessThan(CLASSIFIER.threshold());

        assertThat(CLASSIFIER.classify("", body, "en"))
                .extracting(TopicDecision::topic).containsExactly("corridors", "trade");
    }

    @Test
    void shouldKeepOneTopicWhenTheSecondIsFarBehind() {
        String body = "Exports of flour rose this autumn, and so did exports of oil. The railway and its freight terminal"
                + " carried them.";

        assertThat(CLASSIFIER.classify("", body, "en"))
                .extracting(TopicDecision::topic).containsExactly("corridors");
    }
}
