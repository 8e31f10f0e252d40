package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;
import io.steppewatch.analysis.text.Words;

/**
 * "Goods", "customs" and "securities" have senses of their own that their singulars lack: a page that says "good" and
 * "custom" on every line is no trade story, and a market story's securities are no security; the region's goods and
 * customs posts still make trade.
 */
class PluralsOfTheirOwnTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "goods, goods", "good, good", "customs, customs", "custom, custom", "securities, securities",
        "security, security", "exports, export", "wagons, wagon",
    })
    void shouldKeepAPluralWithASenseOfItsOwnApartFromItsSingularWhenStemmingEnglish(String word, String stem) {
        assertThat(Stemmer.forLanguage("en").stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A good year for custom furniture | It was a good year for the workshop. Custom tables and custom chairs sold out, and good reviews kept coming. The owner says good wood is the secret.
            Good habits for a custom diet | A custom meal plan is a good start. Good sleep and a custom workout help too, and a good coach keeps you going.
            """)
    void shouldGiveNoTradeWhenAPageSaysGoodAndCustom(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).doesNotContain("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Brokers sell securities after a weak quarter | Securities firms sold government securities all week, and the securities regulator said prices were stable.
            """)
    void shouldGiveNoSecurityWhenAStoryTradesSecurities(String title, String body) {
        assertThat(CLASSIFIER.scores(Words.split(title),
                Words.split(body), "en"))
                .filteredOn(d -> d.topic().equals("security")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Uzbekistan speed up customs checks on goods | Customs officers of the two countries now inspect goods once at the border. Exports of goods from Kazakhstan to Uzbekistan grew, the customs committee said.
            Kyrgyz customs register more Chinese goods | Kyrgyz customs registered more goods imported from China this year; imports of goods rose by a fifth.
            """)
    void shouldKeepTradeWhenTheRegionsCustomsHandleItsGoods(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).contains("trade");
    }
}
