package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum or a change the figure's clause gives as a seller's takings (sales, revenue, earnings, выручка, продажи,
 * сатылым) is one party's money, `other`, whatever trade or investment word stands in the sentence; "trade revenues"
 * and "export earnings" name the trade itself and keep its metric.
 */
class SellersTakingsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan and Italy trade more each year; the sales of Italian makers in Kazakhstan (820 million euros) came close to those in Poland (910 million euros). | 820 million euros | other
            Выручка узбекских экспортеров от поставок в Россию за сезон составила $ 210 млн.                                           | $ 210 млн    | other
            Kazakhstan and Italy trade more each year: sales of Italian firms in Kazakhstan reached 900 million euros in 2012.       | 900 million euros | other
            Trade between Kazakhstan and Korea keeps rising; the sales of Korean carmakers in Kazakhstan reached $700 million.  | $700 million | other
            Kazakhstan and Turkey agreed to raise trade revenues to $8 billion.                                                        | $8 billion   | trade.turnover
            """)
    void shouldReadTakingsAsOther(String body, String text, String metric) {
        ExtractedFigure found = figure(body, text);
        assertThat(found.metric()).isEqualTo(metric);
    }
}
