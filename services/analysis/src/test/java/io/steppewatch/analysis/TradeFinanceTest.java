package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money banks lend or set aside to finance or support trade is credit, `other` (audit row 247), though the word of
 * trade stands right after it; the trade itself keeps its metric.
 */
class TradeFinanceTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh banks have opened credit lines of $50 million to finance exports to Kyrgyzstan.                     | $50 million        | other
            Казахские банки направят 50 млн долларов на поддержку экспорта в Кыргызстан.                                | 50 млн долларов    | other
            Les banques kazakhes consacrent 50 millions de dollars au financement des exportations vers le Kirghizistan. | 50 millions        | other
            Kazakh exports to Kyrgyzstan reached $50 million in March.                                                 | $50 million        | trade.exports
            """)
    void shouldReadMoneyForTradeFinanceAsCredit(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
