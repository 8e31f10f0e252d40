package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * Trade named in a remark or two of a story about a port, a line or an attack is a passing mention, not a trade topic
 * beside it (decision 7 of round 29, decision 12 of round 32); the headline, the lead or three sentences about the goods
 * sold make it one.
 */
class PassingTradeTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();
    private static final String TITLE = "A busy spring on the Caspian coast";
    private static final String PORT = "The seaport handled a fifth more cargo and transit freight this spring, the"
            + " authority said. Two new berths and a ferry line to Baku will open in May. Container trains now reach"
            + " the port twice a week. ";
    private static final String TRADE_REMARK = "The port hopes to carry more of the country's oil exports, its grain"
            + " exports and its imports of goods. ";
    private static final String CLOSING = "The works on the channel will take two years.";

    @Test
    void shouldLeaveOutTradeWhenExportsAreOneRemarkOfAPortStory() {
        String body = PORT + TRADE_REMARK + CLOSING;
        List<TopicDecision> scores = CLASSIFIER.scores(Words.split(TITLE), Words.split(body), "en");
        assertThat(scores).extracting(TopicDecision::topic).containsExactly("corridors", "trade");
        assertThat(scores.get(1).score()).as("the remark alone passes the threshold and the share of the first")
                .isGreaterThanOrEqualTo(CLASSIFIER.threshold())
                .isGreaterThanOrEqualTo(TopicClassifier.MIN_SHARE_OF_TOP * scores.get(0).score());

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic)
                .containsExactly("corridors");
    }

    @Test
    void shouldKeepTradeWhenTheLeadSpeaksOfExports() {
        String body = TRADE_REMARK + PORT + CLOSING;

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic)
                .containsExactlyInAnyOrder("corridors", "trade");
    }

    @Test
    void shouldKeepTradeWhenThreeSentencesSpeakOfTheGoodsSold() {
        String body = PORT + "The port wants a larger share of the country's oil exports. Grain exports to Iran"
                + " doubled. Imports of machinery from abroad grew too. " + CLOSING;

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic)
                .containsExactlyInAnyOrder("corridors", "trade");
    }
}
