package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gas swapped through a third country is gas the first country delivers: in cubic metres it is that country's
 * export, as gas supplied is (the labels' swap convention).
 */
class GasSwapExportsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Under the new deal Kazakhstan will swap 2.5 billion cubic meters of its gas a year to Georgia via Azerbaijan. | 2.5 billion cubic meters | trade.exports
            Each day about 7 million cubic meters of gas are to be swapped through Armenia.                      | 7 million cubic meters | trade.exports
            Москва и Ташкент договорились о свопе 2 млрд кубометров газа через Казахстан.                          | 2 млрд кубометров      | trade.exports
            """)
    void shouldReadSwappedGasAsExports(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
