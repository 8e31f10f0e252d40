package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight on a line between two towns of two countries takes the two countries, even where the sentence or the
 * article names the corridor the line is part of (LABEL-FIXES decision 39 of round 36: a ferry or container line
 * between two ports, the named-route rule); the corridor's own total in the same sentence stays the corridor's.
 */
class TownPairLineFreightTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Middle Corridor grows | Container traffic on the Middle Corridor will reach 90,000 TEU, of which 70,000 TEU will go in the Kuryk-Alyat direction. | 70,000 TEU | AZ KZ
            The Middle Corridor grows | Container traffic on the Middle Corridor will reach 90,000 TEU, of which 70,000 TEU will go in the Kuryk-Alyat direction. | 90,000 TEU | TITR
            The Middle Corridor grows | On the ferry line between Kuryk and Baku, 40,000 TEU were carried last year. | 40,000 TEU | AZ KZ
            Средний коридор растет | Объем контейнерных перевозок по Среднему коридору достигнет 90 тыс. ДФЭ, из них 70 тыс. ДФЭ придется на направление Курык – Алят. | 70 тыс. ДФЭ | AZ KZ
            Le corridor médian progresse | Sur la ligne de ferry entre Kuryk et Bakou, 40 000 EVP ont été transportés l'an dernier. | 40 000 EVP | AZ KZ
            """)
    void shouldGiveALineBetweenTwoTownsTheirCountries(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Oil goes west | Oil loading rose by 40% to 1.8 million tonnes as Kazakh oil was sent to the Baku-Tbilisi-Ceyhan route. | 1.8 million tonnes
            """)
    void shouldLeaveAChainOfThreeTownsToItsRoute(String title, String body, String figure) {
        assertThat(subjectsOf(title, body, figure)).isNotEqualTo(List.of("AZ", "GE"));
    }
}
