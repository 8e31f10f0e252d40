package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 34 of round 35: a stock counted in a dated text (jobs, companies, joint ventures) takes the publication
 * month with a word of the present moment in its own sentence, also when that word stands after the count in another
 * clause. A year the count's own clause names still wins, and an undated text has no month to give.
 */
class StockNowAfterPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Kazakh-French joint venture, employing some 900 people, currently ships uranium concentrate to Europe. | 900 people | 2024-03-05 | 2024-03
            The joint venture, which has created over 800 jobs in Uzbekistan, is now the largest employer in the region. | 800 jobs | 2024-03-05 | 2024-03
            The joint venture employed some 900 people in Kazakhstan in 2021, and it currently ships uranium to Europe. | 900 people | 2024-03-05 | 2021
            The Kazakh-French joint venture, employing some 900 people, currently ships uranium concentrate to Europe. | 900 people | |
            """)
    void shouldGiveAStockCountedAsNowThePublicationMonth(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
