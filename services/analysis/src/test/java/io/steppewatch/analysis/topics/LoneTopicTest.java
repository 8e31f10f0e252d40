package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/** A short item whose one topic scores under the threshold is still filed under it, when nothing else passes. */
class LoneTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | trade    | Cotton exports to Afghanistan | Uzbekistan exports cotton to Afghanistan under a ten-year agreement.
            uz | security | Чегарада контрабанда тўхтатилди | Ходимлар контрабанда қилинган юкни ушлаб қолди.
            """)
    void shouldFileUnderTheLeadingTopicWhenNoTopicPassesButItHasASpecificTerm(String language, String topic,
                                                                               String title, String body) {
        List<TopicDecision> scores = CLASSIFIER.scores(Words.split(title), Words.split(body), language);
        assertThat(scores.get(0).score()).isLessThan(CLASSIFIER.threshold());

        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly(topic);
    }

    @Test
    void shouldFileNothingWhenTheOnlyEvidenceIsVague() {
        assertThat(CLASSIFIER.classify("The economy in the autumn", "The economy of the region grew, officials said.",
                "en")).isEmpty();
    }
}
