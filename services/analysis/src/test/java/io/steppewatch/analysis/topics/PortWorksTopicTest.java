package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/** Port works and freight carried, named without the word corridor, are the corridors topic. */
class PortWorksTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Aktau port to launch dredging works | The port will begin dredging of its fairway in June, as falling sea levels force tankers to load less at its oil berths.
            uz | Temir yo'l transportida qancha yuk tashilgan | Yanvar-sentabr oylarida magistral temir yo'l transporti orqali 54,9 mln. tonna yuk tashilgan, yuk tashish hajmi o'sdi.
            """)
    void shouldFileUnderCorridorsWhenPortWorksOrFreightCarriedAreTheStory(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).contains("corridors");
    }
}
