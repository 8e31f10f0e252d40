package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * A route named in one remark of an article about something else is a passing mention, not a corridor topic; the
 * headline, the lead, several sentences about the route, or a remark dense with route words make it one.
 */
class PassingMentionTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();
    private static final String TITLE = "Exports to China rose by a fifth";
    private static final String EXPORTS = "Kazakhstan's exports to China rose by a fifth this year, and imports of"
            + " machinery grew as well, the trade ministry said. Bilateral trade reached a record, and the two"
            + " governments want to raise trade turnover further. The ministry named grain, metals and oil as the main"
            + " exports. ";
    private static final String ROUTE_REMARK = "Much of the grain now goes by railway in containers through the dry"
            + " port of Khorgos. ";
    private static final String OUTLOOK = "Traders expect the exports of flour to grow next year.";

    @Test
    void shouldLeaveOutCorridorsWhenTheRouteIsOneRemarkOfATradeStory() {
        String body = EXPORTS + ROUTE_REMARK + OUTLOOK;
        List<TopicDecision> scores = CLASSIFIER.scores(Words.split(TITLE), Words.split(body), "en");
        assertThat(scores).extracting(TopicDecision::topic).containsExactly("trade", "corridors");
        assertThat(scores.get(1).score()).as("the remark alone passes the threshold and the share of the first")
                .isGreaterThanOrEqualTo(CLASSIFIER.threshold())
                .isGreaterThanOrEqualTo(TopicClassifier.MIN_SHARE_OF_TOP * scores.get(0).score())
                .isLessThan(TopicClassifier.SUBSTANTIAL_SCORE_FACTOR * CLASSIFIER.threshold());

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic).containsExactly("trade");
    }

    @Test
    void shouldKeepCorridorsWhenTheRouteTakesSeveralSentences() {
        String body = EXPORTS + "Much of the grain now goes by railway. It leaves in containers. The dry port of"
                + " Khorgos handles them. " + OUTLOOK;

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic)
                .containsExactly("trade", "corridors");
    }

    @Test
    void shouldKeepCorridorsWhenTheLeadNamesTheRoute() {
        String body = ROUTE_REMARK + EXPORTS + OUTLOOK;

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic)
                .containsExactly("trade", "corridors");
    }

    @Test
    void shouldKeepCorridorsWhenTheHeadlineNamesTheRoute() {
        String body = EXPORTS + ROUTE_REMARK + OUTLOOK;

        assertThat(CLASSIFIER.classify(TITLE + " on the railway", body, "en")).extracting(TopicDecision::topic)
                .containsExactly("trade", "corridors");
    }

    @Test
    void shouldKeepCorridorsWhenOneRemarkIsDenseWithRouteWords() {
        String body = EXPORTS + "The ministers also spoke of the new rail link and of transit and freight on the Middle"
                + " Corridor. " + OUTLOOK;
        List<TopicDecision> scores = CLASSIFIER.scores(Words.split(TITLE), Words.split(body), "en");
        assertThat(scores.get(1).score()).isGreaterThanOrEqualTo(
                TopicClassifier.SUBSTANTIAL_SCORE_FACTOR * CLASSIFIER.threshold());

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic)
                .containsExactly("trade", "corridors");
    }

    @Test
    void shouldCountOnlySentencesWithWordsWhenARemarkIsHalfAShortItem() {
        String body = "Kazakhstan's exports to China rose by a fifth, and bilateral trade reached a record, the trade"
                + " ministry said. The minister added: \u201cMuch of the grain now goes by railway in"
                + " containers.\u201d\n\nThe dry port of Khorgos handles most of it. Trade turnover should grow again"
                + " next year.";

        assertThat(CLASSIFIER.classify(TITLE, body, "en")).extracting(TopicDecision::topic)
                .containsExactly("trade", "corridors");
    }
}
