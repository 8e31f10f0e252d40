package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A second topic whose specific words stand in one or two sentences of the closing paragraph alone is the story's
 * coda, not a section of it: a trade commission's meeting that ends on "they also spoke of the transit corridor" is a
 * trade story. The same words in a paragraph of the middle, in the lead, in the headline, or over three sentences of
 * the closing paragraph still make the topic.
 */
class ClosingRemarkTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();
    private static final String TITLE = "Commission reviews bilateral trade";
    private static final String TRADE = "The joint commission met in Tashkent to review mutual trade between"
            + " Uzbekistan and Turkmenistan. Trade turnover doubled over five years, and exports of textiles grew"
            + " fastest.\n\nThe sides agreed to open a border trade zone and to raise the trade volume further.";
    private static final String ROUTE_REMARK = "The ministers also spoke of transit on the new transport corridor and"
            + " of multimodal freight on the railway.";
    private static final String FRENCH_TITLE = "La commission examine le commerce bilatéral";
    private static final String FRENCH_TRADE = "La commission mixte s'est réunie à Tachkent pour examiner le commerce"
            + " bilatéral. Le chiffre d'affaires commercial a doublé en cinq ans et les exportations de textiles ont le"
            + " plus progressé.\n\nLes parties sont convenues de relever encore le volume des échanges commerciaux.";
    private static final String FRENCH_ROUTE_REMARK = "Les ministres ont aussi évoqué le transit par le nouveau corridor"
            + " de transport et le fret multimodal par le chemin de fer.";

    @Test
    void shouldLeaveOutATopicWhoseWordsCloseTheStory() {
        String body = TRADE + "\n\n" + ROUTE_REMARK;
        List<TopicDecision> scores = CLASSIFIER.scores(Words.split(TITLE), Words.split(body), "en");
        assertThat(scores).extracting(TopicDecision::topic).startsWith("trade", "corridors");
        assertThat(scores.get(1).score()).as("the remark alone is dense enough to pass as more than a passing mention")
                .isGreaterThanOrEqualTo(TopicClassifier.SUBSTANTIAL_SCORE_FACTOR * CLASSIFIER.threshold())
                .isGreaterThanOrEqualTo(TopicClassifier.MIN_SHARE_OF_TOP * scores.get(0).score());

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic).containsExactly("trade");
        assertThat(CLASSIFIER.classify(FRENCH_TITLE, FRENCH_TRADE + "\n\n" + FRENCH_ROUTE_REMARK, "fr"))
                .extracting(TopicDecision::topic).containsExactly("trade");
    }

    @Test
    void shouldKeepATopicWhoseWordsFillAParagraphInTheMiddle() {
        String[] parts = TRADE.split("\n\n");
        String body = parts[0] + "\n\n" + ROUTE_REMARK + "\n\n" + parts[1];

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic)
                .containsExactly("trade", "corridors");
    }

    @Test
    void shouldKeepATopicThatTheHeadlineOrTheLeadNames() {
        String body = TRADE + "\n\n" + ROUTE_REMARK;

        assertThat(CLASSIFIER.classify(TITLE + " and the transport corridor", body, "en"))
                .extracting(TopicDecision::topic).contains("trade", "corridors");
        assertThat(CLASSIFIER.classify(TITLE, ROUTE_REMARK + " " + TRADE, "en")).extracting(TopicDecision::topic)
                .contains("trade", "corridors");
    }

    @Test
    void shouldKeepATopicThatTheClosingParagraphTellsInThreeSentences() {
        String body = TRADE + "\n\nThe ministers also spoke of transit on the transport corridor. Freight on the"
                + " railway grew. A new logistics hub will open at the border crossing.";

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic)
                .containsExactly("trade", "corridors");
    }
}
