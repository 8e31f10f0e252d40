package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.TopicDecision;

/** Settling a disputed border is a security story, in whatever words the demarcation is told. */
class BorderTopicTest {

    @Test
    void shouldAssignSecurityWhenArticleTellsOfDemarcatingADisputedBorder() {
        String title = "Two neighbours settle their last disputed border";
        String body = "The two governments agreed to demarcate the remaining sections of their border, which had been"
                + " disputed for three decades. The demarcation ends years of tension between the border guards of both"
                + " countries, and the delegations will meet again to sign the protocol.";

        assertThat(TopicClassifier.withDefaults().classify(title, body, "en"))
                .extracting(TopicDecision::topic).containsExactly("security");
    }
}
