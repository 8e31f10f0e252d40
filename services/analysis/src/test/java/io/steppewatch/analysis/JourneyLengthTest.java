package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole way a train, convoy or shipment goes (its journey, "parcours", "périple", "поездка") is a route, and its
 * length in kilometres is route.length, as gold-d, gold-k and gold-p label it.
 */
class JourneyLengthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The total distance of the journey from Xi'an to Duisburg is about 6,000 kilometers.       | 6,000 kilometers   | route.length
            The 3,000 km trip from Afghanistan to European markets will take two weeks.               | 3,000 km           | route.length
            La distance totale du voyage est d'environ 6 000 kilomètres.                              | 6 000 kilomètres   | route.length
            Ce périple de 3 000 km depuis l'Afghanistan jusqu'aux marchés européens prendra deux semaines. | 3 000 km      | route.length
            Actuellement, 170 des 836 kilomètres du parcours sont prêts.                              | 836 kilomètres     | route.length
            Поездка протяженностью 3 000 км из Афганистана в Европу займет две недели.                | 3 000 км           | route.length
            Весь путь поезда в 6 000 километров займет 12 дней.                                       | 6 000 километров   | route.length
            """)
    void shouldReadTheLengthOfAJourneyAsRouteLength(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
