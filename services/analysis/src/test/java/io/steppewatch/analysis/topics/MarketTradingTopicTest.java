package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.TopicDecision;

/**
 * "Trading" in the sense of a market of securities (shares in premarket trading, debt that traded hands) is no trade
 * between countries; the same words beside no market word, and the region's trade in any words, still are.
 */
class MarketTradingTopicTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Retailer's shares slide in premarket trading | Shares of the retailer fell 4% in premarket trading after it cut its forecast. The stock was still down in recent trading.
            Bankruptcy claims trading hits a record | Investors bought and sold bankruptcy claims worth $2 billion last month. Most of the debt traded hands in 400 trades, the claims market said.
            """)
    void shouldGiveNoTradeWhenItsWordsTellOfAMarketOfSecurities(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).doesNotContain("trade");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The stock was down 5% in recent trading.
            About $2.2 billion of claims traded hands in June, the market operator said.
            """)
    void shouldTakeNoFiguresTradeFromASentenceOfSecuritiesTrading(String sentence) {
        assertThat(CLASSIFIER.tradeOnlyOfSecurities(sentence, "en")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trade between Kazakhstan and China rose by 20% in 2024.
            Kazakhstan's exports of grain reached $2 billion, and its stocks of wheat are traded with Uzbekistan.
            The Astana stock exchange index rose 2%.
            """)
    void shouldKeepAFiguresTradeWhenItsSentenceTellsOfGoodsOrNamesNoTrade(String sentence) {
        assertThat(CLASSIFIER.tradeOnlyOfSecurities(sentence, "en")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Uzbekistan trade more | Trade between Kazakhstan and Uzbekistan grew by a fifth this year. The two countries traded grain, cotton and fertiliser, and plan to trade more next year.
            Uzbek traders move to Kazakh market | Trading with Kazakhstan has doubled since the border opened, and Uzbek firms now trade fruit and textiles there.
            """)
    void shouldKeepTradeWhenItsWordsTellOfGoods(String title, String body) {
        assertThat(CLASSIFIER.classify(title, body, "en")).extracting(TopicDecision::topic).contains("trade");
    }
}
