package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A percentage that a verb or noun of change speaks of is a change, whichever synonym the writer chose ("boomed",
 * "skyrocketed", "leapt", "slipped", "expansion", "ont explosé de"), not a share.
 */
class ChangeSynonymsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Car exports from Uzbekistan to Kazakhstan boomed 320% last year.                           | 320%  | CHANGE
            Shipments of Estonian goods to Kyrgyzstan skyrocketed 900% after 2022.                     | 900%  | CHANGE
            Machinery imports from Germany leapt 75% in the first quarter.                             | 75%   | CHANGE
            Grain exports to Afghanistan slipped 12% in the autumn.                                    | 12%   | CHANGE
            Transit through the country marked a 14% expansion last year.                              | 14%   | CHANGE
            Les exportations de la Lettonie vers le Kazakhstan ont explosé de 300 % depuis 2022.       | 300 % | CHANGE
            """)
    void shouldReadAPercentageThatAWordOfChangeSpeaksOfAsAChange(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            British exports to Kyrgyzstan boomed 410% in the twelve months to June.                    | 410%  | trade.exports
            Les exportations de la Lettonie vers le Kazakhstan ont explosé de 300 % depuis 2022.       | 300 % | trade.exports
            """)
    void shouldKeepTheMetricOfATradeChangeSaidWithASynonym(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
