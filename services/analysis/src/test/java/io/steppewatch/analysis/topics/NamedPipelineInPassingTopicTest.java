package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/** A named pipeline mentioned in passing does not make a sanctions story a corridor story; a pipeline story stays one. */
class NamedPipelineInPassingTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @Test
    void shouldNotFileASanctionsStoryUnderCorridorsForAFewMentionsOfANamedPipeline() {
        List<Words.Word> title = Words.split("New sanctions hit an oil producer");
        List<Words.Word> body = Words.split("The sanctions target an oil producer that holds a stake in the CPC. "
                + "Its partners in the CPC are studying the sanctions, and the CPC said nothing.");

        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic)
                .containsExactly("sanctions");
    }

    @Test
    void shouldStillFileAStoryAboutANamedPipelineUnderCorridors() {
        List<Words.Word> title = Words.split("CPC pumps more oil to Novorossiysk");
        List<Words.Word> body = Words.split("The CPC pipeline carried more oil this month, and the CPC terminal "
                + "loaded tankers every day. The CPC plans to raise its throughput next year.");

        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).contains("corridors");
    }
}
