package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/** A bridge is a crossing on a route in English and French, as мост is in Russian: a bridge story is a corridor one. */
class BridgeTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Tajikistan to build a bridge to Afghanistan | The bridge over the Panj will open transit to Afghanistan next year; two more bridges are planned upstream.
            fr | Le Tadjikistan construira un pont vers l'Afghanistan | Le pont sur le Piandj ouvrira le transit vers l'Afghanistan l'an prochain ; deux autres ponts sont prévus en amont.
            """)
    void shouldReadABridgeStoryAsACorridorStory(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("corridors");
    }
}
