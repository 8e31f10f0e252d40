package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tonnes that weigh one vehicle or container, or one convoy's load, are no freight of a route or crossing (`other`):
 * a word of weight right before them with the vehicle named earlier in the clause, or the weight written as the
 * vehicle's adjective. Tonnes a route or a crossing carried stay freight.
 */
class VehicleWeightTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Через пункт пропуска на границе Казахстана и Узбекистана пропускают грузовики весом до 3,5 тонн.      | 3,5 тонн   | other
            The train from Kazakhstan to Uzbekistan had railcars carrying cargo with a net weight of 2,600 tons.  | 2,600 tons | other
            Freight trains between Kazakhstan and China carry 30-ton containers through the Dostyk crossing.      | 30-ton     | other
            Қазақстан мен Өзбекстан шекарасында жүк көтергіштігі 12 тоннаға дейінгі жүк көліктері жүреді.         | 12 тоннаға | other
            К 2027 году казахстанский флот получит три танкерных судна дедвейтом 110 тысяч тонн каждое.           | 110 тысяч  | other
            Kazakhstan's shipping company will buy two tankers with a deadweight of 8,000 tonnes for the Caspian.  | 8,000      | other
            La flotte kazakhe recevra deux navires d'un port en lourd de 7 000 tonnes pour la Caspienne.            | 7 000      | other
            Through the crossing between Kazakhstan and Uzbekistan, 2 million tons of cargo were carried in 2024. | 2 million  | cargo.volume
            """)
    void shouldReadTheWeightOfOneVehicleAsNoFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
