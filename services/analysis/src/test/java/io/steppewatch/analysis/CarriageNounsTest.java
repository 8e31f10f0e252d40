package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight named by the noun of its dispatch reads as freight, as the verbs of dispatch already do: French
 * "expéditions" and "acheminements" (in the plural, as English "shipments"), Russian "погрузка" and "отправка", English
 * "freightage". One consignment's dispatch, in the singular, stays the load of that consignment.
 */
class CarriageNounsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Cette année, les expéditions de charbon de la compagnie ont progressé de 8 % pour atteindre 2,1 millions de tonnes. | 8 % | cargo.volume
            Cette année, les expéditions de charbon de la compagnie ont progressé de 8 % pour atteindre 2,1 millions de tonnes. | 2,1 millions de tonnes | cargo.volume
            Last year the railway raised its freightage on the line by 40%. | 40% | cargo.volume
            За год погрузка на станции выросла на 12%. | 12% | cargo.volume
            La compagnie a annoncé l'expédition d'une cargaison de 50 000 tonnes de blé vers le Maroc. | 50 000 tonnes | other
            """)
    void shouldReadFreightWhenANounOfDispatchCountsIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
