package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wagons of one train are counted when it goes, which news reports then: the publication month (gold-o); the
 * wagons of a fleet, with no train to hold them, take no period.
 */
class TrainWagonsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2019-03-12 | A grain train of 40 wagons left Kostanay for Uzbekistan.                  | 40 wagons   | 2019-03
            2019-03-12 | Kazakhstan's railway owns 120 thousand wagons.                              | 120         | null
            2019-03-12 | Зерновой поезд из 40 вагонов отправился из Костаная в Узбекистан.         | 40 вагонов  | 2019-03
            2019-03-12 | Казахстанская железная дорога владеет 120 тысячами вагонов.              | 120         | null
            2019-03-12 | Un train de céréales de 40 wagons est parti de Kostanaï pour l'Ouzbékistan. | 40 wagons | 2019-03
            """)
    void shouldDateOneTrainsWagonsByThePublication(String published, String body, String text, String period) {
        assertThat(figure(body, published, text).period()).isEqualTo(period);
    }
}
