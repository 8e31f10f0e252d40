package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Firms counted as exporters are one country's own firms, not companies with a partner's participation operating in the
 * host (decision 60 of round 38): their count is {@code other}; a count of companies with a partner's capital keeps
 * {@code companies.count}.
 */
class ExportingFirmsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In the first half of the year, 310 exporting companies from Kyrgyzstan sold their goods in Kazakhstan. | 310 exporting              | other
            By the end of 2023, 540 enterprises of Uzbekistan were exporting textiles to Russia.                    | 540 enterprises            | other
            В Узбекистане работают 1 450 компаний-экспортеров, поставляющих товары в Китай.                         | 1 450 компаний-экспортеров | other
            There are 310 companies with Kyrgyz capital operating in Kazakhstan.                                     | 310 companies              | companies.count
            """)
    void shouldReadACountOfExportersAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
