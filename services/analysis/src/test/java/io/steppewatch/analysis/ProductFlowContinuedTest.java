package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exports or imports stated right after one product's flow, in its sentence or the next, go on with that flow (a
 * change pointing back at it, a bare "its exports", a second "экспорт"): `other`, as the product's own figure. Gas in
 * tonnes or cubic metres keeps its trade (LABEL-FIXES "Gas, oil and electricity sold for money").
 */
class ProductFlowContinuedTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            В январе Киргизия экспортировала электроэнергию на сумму $5,1 млн. Это на 12% меньше, чем годом ранее. | 12% | other
            В январе Киргизия экспортировала электроэнергию на сумму $5,1 млн. Это на 12% или на $0,7 млн меньше, чем годом ранее. | $0,7 млн | other
            Mongolia's coal exports to China could rise by 20 million tonnes. The country plans to lift its exports to 90 million tonnes by 2027. | 90 million tonnes | other
            China bought Turkmen gas worth $6 billion in 2023. China imported 20 million tonnes of gas from Turkmenistan in 2023. | 20 million tonnes | trade.imports
            """)
    void shouldReadExportsAsTheProductsFlowWhenTheyFollowOne(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
