package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 52: a securities market's trading is no trade between parties. "Trading" of a session or a price moving,
 * "traded hands", and a sentence naming a stock or an index give no `trade.turnover`, not even from a trade-war
 * headline; trade between countries keeps it, however it is said.
 */
class MarketTradingTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Metals maker beats forecasts          | The miner's shares were up 3% in early trading on Monday.                           | 3%            | other
            Metals maker beats forecasts          | The paper was last trading down 1.2% in London.                                     | 1.2%          | other
            Metals maker beats forecasts          | Bonds worth $900 million traded hands last week.                                    | $900 million  | other
            Trade row between Tokyo and Seoul     | The Nikkei 225 index lost 0.8%, and Seoul's main index gave up 0.6%.                | 0.8%          | other
            Trade row between Tokyo and Seoul     | Car stocks slipped 2.5% after the talks stalled.                                    | 2.5%          | other
            Trade row between Tokyo and Seoul     | Japan's trade with South Korea fell 4% last year.                                    | 4%            | trade.turnover
            Neighbours step up commerce           | Kazakhstan traded goods worth $3 billion with Kyrgyzstan in 2023.                   | $3 billion    | trade.turnover
            Neighbours step up commerce           | Uzbekistan is trading with Tajikistan more: $600 million in 2023.                    | $600 million  | trade.turnover
            Neighbours step up commerce           | Imports of rolling stock lifted trade between Kazakhstan and China to $31 billion.  | $31 billion   | trade.turnover
            """)
    void shouldGiveNoTradeMetricToSecuritiesMarkets(String title, String body, String text, String metric) {
        ArticleText article = new ArticleText("t", title, body, AnalyzedFigures.PUBLISHED, null);
        assertThat(figure(article, text).metric()).isEqualTo(metric);
    }
}
