package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum that is a financial stock — a debt owed, a firm's charter capital, a market capitalization — is no trade flow
 * and no investment: {@code other}, even where a bank's name or the sentence speaks of exports, imports or trade. A
 * trade cue nearer the sum than the stock word, and "owing to", keep the trade metric.
 */
class FinancialStockSumsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            For its past gas imports, Iran still owed Turkmenistan some $1.8 billion.                                      | $1.8 billion    | other
            The trading house, set up to expand exports, has an authorized capital of $12 million.                        | $12 million     | other
            Экспортно-импортный банк Китая держит около 40% внешнего долга страны, который составляет 4 млрд долларов.     | 4 млрд долларов | other
            The exchange, a major platform for Kazakh exports, has a market capitalization of $4 billion.                 | $4 billion      | other
            Owing to lower tariffs, Uzbekistan's exports to the EU rose to $700 million.                                  | $700 million    | trade.exports
            After the debt talks, trade between the two countries reached $1.5 billion.                                   | $1.5 billion    | trade.turnover
            """)
    void shouldReadAStockAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
