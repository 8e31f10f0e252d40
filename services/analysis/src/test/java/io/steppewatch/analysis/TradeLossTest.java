package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum one side lost, named so in the figure's clause, is no trade: `other`, with the trade's parties kept. A word of
 * loss in another clause leaves the trade figure alone.
 */
class TradeLossTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The closure of the crossing caused a $15 million loss in trade between Kazakhstan and Kyrgyzstan.                     | $15 million   | other
            La fermeture de la frontière a causé des pertes de 20 millions de dollars au commerce entre le Kazakhstan et le Kirghizistan. | 20 millions | other
            Trade between Kazakhstan and Kyrgyzstan reached $3 billion in 2023, and neither side lost any momentum.                | $3 billion    | trade.turnover
            """)
    void shouldReadASumLostAsNoTrade(String body, String text, String metric) {
        ExtractedFigure found = figure(body, text);
        assertThat(found.metric()).isEqualTo(metric);
        assertThat(found.subjects()).containsExactlyInAnyOrder("KZ", "KG");
    }
}
