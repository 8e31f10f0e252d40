package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/** The export-control phrase "transshipment points" is sanctions context, no corridor evidence. */
class TransshipmentPointsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @Test
    void shouldNotCountTransshipmentPointsAsCorridorEvidence() {
        String title = "Washington lists Kyrgyzstan among transshipment points";
        String body = "The export control office named Kyrgyzstan and Armenia among the "
                + "transshipment points through which restricted goods reach Russia. Firms in transshipment countries "
                + "that help to evade sanctions may be sanctioned themselves, and more transshipment points may be added.";

        assertThat(CLASSIFIER.scores(Words.split(title), Words.split(body), "en")).extracting(TopicDecision::topic)
                .doesNotContain("corridors");
        // export controls on restricted goods in the lead are trade as well as sanctions (decision 8 of round 30)
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic)
                .containsExactly("sanctions", "trade");
    }

    @Test
    void shouldStillCountTransshipmentAtAPortAsCorridorEvidence() {
        List<Words.Word> title = Words.split("Grain transshipment at Aktau");
        List<Words.Word> body = Words.split("Transshipment of grain at the port of Aktau doubled this year.");

        assertThat(CLASSIFIER.scores(title, body, "en")).extracting(TopicDecision::topic).contains("corridors");
    }
}
