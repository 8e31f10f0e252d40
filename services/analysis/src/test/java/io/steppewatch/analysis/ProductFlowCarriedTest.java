package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure whose sentence names no metric goes on with the sentence before, or with a list's opening line; when that
 * sentence or the figure's own speaks of one product's trade, the figure is that product's flow (`other`), not the
 * trade between the countries. Without a product, the trade metric carries on.
 */
class ProductFlowCarriedTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Exports of cotton yarn from Tajikistan to Turkey reached $80 million in 2024. Latvia followed with $12 million. | $12 million | other
            Экспорт хлопковой пряжи из Таджикистана в Турцию составил $80 млн. Далее следует Латвия с $12 млн.            | $12 млн     | other
            Exports from Tajikistan to Turkey reached $80 million in 2024. Latvia followed with $12 million.               | $12 million | trade.exports
            """)
    void shouldKeepAProductsFlowAfterItsSentence(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @Test
    void shouldReadAProductNamedBesideACarriedTrade() {
        String body = "Exports from Tajikistan to Latvia reached $40 million in 2024. Zinc ores and concentrates made up"
                + " $14 million.";
        assertThat(figure(body, "$14 million").metric()).isEqualTo("other");
    }

    @Test
    void shouldReadAListLineNamingAProductAsThatProductsFlow() {
        String body = "Tajikistan exported goods worth $40 million to Latvia in 2024.\n\nThe main exports were:\n\n"
                + "- Aluminium ($21 million);\n\n- Zinc ores and concentrates ($14 million);\n\n- Other goods ($5 million).";
        assertThat(figure(body, "$14 million").metric()).isEqualTo("other");
    }
}
