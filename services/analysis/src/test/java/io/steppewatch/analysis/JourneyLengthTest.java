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
            The whole journey of the container train from Urumqi to Lodz covers about 5,200 kilometers. | 5,200 kilometers | route.length
            Trucks will make a 2,400 km trip from Termez to the Georgian ports.                        | 2,400 km         | route.length
            Le voyage du train jusqu'à Istanbul représente près de 4 800 kilomètres.                    | 4 800 kilomètres | route.length
            Un périple de 2 500 km attend les camions entre Mazar-i-Charif et la mer Noire.            | 2 500 km         | route.length
            Sur les 650 kilomètres du parcours, 120 sont déjà posés.                                   | 650 kilomètres   | route.length
            Поездка на 2 400 км до грузинских портов займет десять дней.                               | 2 400 км         | route.length
            Путешествие поезда в 5 200 километров займет 15 дней.                                      | 5 200 километров | route.length
            """)
    void shouldReadTheLengthOfAJourneyAsRouteLength(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
