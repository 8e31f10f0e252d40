package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Beside a leading sanctions topic, trade that passes the threshold is kept at any share of the sanctions score: the
 * goods a circumvention story follows are what its sanctions restrict. The same trade words beside a leading corridor
 * topic, at the same small share, stay a passing mention.
 */
class TradeBesideSanctionsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    private static final String TRADE_SENTENCE = " Exports of such parts from the region have grown tenfold, imports"
            + " from Europe have doubled, and the re-exports go on.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Brussels widens its sanctions over circumvention | The new sanctions package targets traders who help Moscow"
                + " circumvent sanctions. Sanctioned machine parts still reach Russian plants, the envoy said, and the"
                + " sanctions will now cover the firms that ship them. | sanctions,trade",
        "A new rail corridor opens to the Caspian | The corridor links the railway to the Caspian ports, and freight"
                + " trains now run the corridor every day. Transit cargo on the railway has doubled, the operator said,"
                + " and the corridor will carry containers to Europe. | corridors",
    })
    void shouldKeepTradeBesideALeadingSanctionsTopicAtAnyShare(String title, String body, String expected) {
        assertThat(CLASSIFIER.classify(title, body + TRADE_SENTENCE, "en"))
                .extracting(TopicDecision::topic).containsExactly(expected.split(","));
    }
}
