package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight carried between two countries through a third takes its whole way: both ends and the country crossed
 * (LABEL-FIXES decision 45 of round 37: carriage takes the shipper, the countries of the way as the text gives them,
 * then the destination). A sale of gas through a transit country keeps its seller and buyer, and China–Europe traffic
 * its two ends.
 */
class FreightWayCrossedTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            New rail link opens | The operators expect to move 4 million tonnes a year from Uzbekistan to Turkey through Iran. | 4 million tonnes | IR TR UZ
            Новая железнодорожная связь | Операторы рассчитывают перевозить 4 млн тонн в год из Узбекистана в Турцию через Иран. | 4 млн тонн | IR TR UZ
            Nouvelle liaison ferroviaire | Les opérateurs comptent acheminer 4 millions de tonnes par an de l'Ouzbékistan vers la Turquie via l'Iran. | 4 millions de tonnes | IR TR UZ
            Grain on the move | Grain shipments from Kazakhstan to Afghanistan via Uzbekistan grew by 18% this year. | 18% | AF KZ UZ
            """)
    void shouldGiveFreightTheCountryItCrosses(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Rail freight to Europe | Freight carried from China to Europe through Kazakhstan reached 3 million tons. | 3 million tons | CN EU
            Gas for Uzbekistan | Russia delivered 2 billion cubic meters of gas to Uzbekistan through Kazakhstan. | 2 billion cubic meters | RU UZ
            """)
    void shouldKeepTheEndsWhereTheWayIsNoParty(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
