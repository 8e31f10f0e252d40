package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gas bought is the seller's exports (LABEL-FIXES "Gas bought or received"), whether the verb or the noun of the
 * purchase states it: French "l'achat de ... m³" reads as "acheter" already did.
 */
class GasPurchaseNounTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            En 2023, le Kirghizistan a conclu avec la Russie un contrat de trois ans pour l'achat de 1,5 milliard de m³ de gaz par an. | 1,5 milliard de m³ | trade.exports
            En 2023, le Kirghizistan a conclu avec la Russie un contrat de trois ans pour acheter 1,5 milliard de m³ de gaz par an. | 1,5 milliard de m³ | trade.exports
            """)
    void shouldReadGasBoughtAsTheSellersExportsWhenANounStatesThePurchase(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
