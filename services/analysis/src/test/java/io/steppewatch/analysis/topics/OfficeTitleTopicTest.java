package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * A trade word in the title of an office other than a ministry — a secretary of state for foreign trade, a trade
 * representative or commissioner, a foreign-trade organisation — names who met or spoke, not goods that moved
 * (decision 11 of round 32, as {@link OfficeNames} reads a ministry's name). A visit story whose trade words are such
 * titles gets no trade topic; a story that states trade itself keeps it.
 */
class OfficeTitleTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en secretary | Deputy minister visits Santiago | The deputy foreign minister met a former Secretary of State"
                + " for Foreign Trade of Chile at a reception. He later met the US Trade Representative's envoy to"
                + " discuss the world economy and the anniversary of diplomatic relations. | en",
        "fr organisation | Le ministre en visite à Tokyo | Le ministre a rencontré le directeur de l'Organisation du"
                + " commerce extérieur du Japon, puis le secrétaire d'État au Commerce extérieur. Ils ont parlé de"
                + " culture et de l'économie mondiale. | fr",
    })
    void shouldNotFileAVisitUnderTradeForAnOfficesTitle(String name, String title, String body, String language) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).doesNotContain("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en stated trade | Trade with Chile grows | The Secretary of State for Foreign Trade of Chile said bilateral"
                + " trade rose by a third, with exports of copper and imports of grain both up. | en",
    })
    void shouldKeepTradeStatedBesideATitle(String name, String title, String body, String language) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("trade");
    }
}
