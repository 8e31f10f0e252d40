package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * Sanctions and trade passing together are one section of an article, not two: a sanctions story that names the
 * corridor its goods take is no overview, and the corridor needs the usual share of the leading score. An overview of
 * three separate topics keeps its third at a smaller share.
 */
class SanctionsTradeSectionTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Brussels widens its sanctions over circumvention | The new sanctions package targets traders who help Moscow"
                + " circumvent sanctions along a transit corridor. Sanctioned machine parts still reach Russian plants,"
                + " the envoy said, and the sanctions will now cover the logistics firms that ship them. Exports of such"
                + " parts from the region have grown tenfold, imports from Europe have doubled, and the re-exports go on"
                + " through the trade with Moscow. | sanctions,trade",
        "Presidents review trade and security | The presidents reviewed bilateral trade, border security and a transit"
                + " corridor. Trade turnover rose, exports and imports grew, the trade balance improved, and the trading"
                + " partners agreed to raise bilateral trade and investment further under a free trade agreement. They"
                + " agreed to fight terrorism and extremism on the border, and the logistics of the corridor will be"
                + " studied. | trade,security,corridors",
    })
    void shouldCountSanctionsAndTradeAsOneSectionOfAnOverview(String title, String body, String expected) {
        assertThat(CLASSIFIER.classify(title, body, "en"))
                .extracting(TopicDecision::topic).containsExactly(expected.split(","));
    }
}
