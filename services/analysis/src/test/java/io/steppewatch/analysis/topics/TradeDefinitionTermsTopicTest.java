package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * What the labels' decision 7 names trade, beside exports, imports and turnover: trade fairs, trade deals, market
 * access, duties, and a boycott of a country's product. A story of one of them is a trade story in the five languages.
 */
class TradeDefinitionTermsTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr | Fin du boycott de la soie ouzbèke"
            + " | Les marques avaient appelé au boycott de la soie du pays. Le boycott a pris fin cette année,"
            + " et les ateliers reprennent leurs ventes.",
        "ru | В Ташкенте открылась ярмарка шелка"
            + " | Ярмарка собрала мастеров из пяти областей. На ярмарке показали ковры и ткани.",
        "en | Brands end their boycott of Turkmen silk"
            + " | The boycott of the country's silk is over. Brands that boycotted it for a decade will buy again.",
        "en | Kyrgyz apricots win market access in the Gulf"
            + " | Growers gained market access for dried apricots, and import duties on them fell to zero.",
    })
    void shouldFileAStoryOfWhatDecisionSevenNamesTradeUnderTrade(String language, String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, language))
                .extracting(TopicDecision::topic).containsExactly("trade");
    }
}
