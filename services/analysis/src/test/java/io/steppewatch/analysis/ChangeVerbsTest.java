package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verbs of gain and fall the change list lacked ("a gagné", "plunged", "повысился"): a percentage they govern is a
 * relative change, so a change of GDP is {@code gdp.growth}, whose figures are changes only. The Russian row guards
 * (its "на" said the change already).
 */
class ChangeVerbsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le PIB du Kazakhstan a gagné 4,9 % au troisième trimestre.                       | 4,9 %     | gdp.growth | CHANGE
            Kyrgyzstan's GDP plunged 6% in the second quarter.                               | 6%        | gdp.growth | CHANGE
            Экспорт Казахстана в Китай повысился на 12% за год.                             | 12%       | trade.exports | CHANGE
            """)
    void shouldReadAGainOrFallAsAChange(String body, String text, String metric, String measure) {
        var figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo(metric);
        assertThat(figure.measure().name()).isEqualTo(measure);
    }
}
