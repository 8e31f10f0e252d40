package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight on a named line, a route named by its places or a port takes its whole way: the country it comes from, the
 * line's or the port's countries and the country it goes to (LABEL-FIXES round 28, decision 4), when the sentence
 * gives them with "from" and "to" or names the shipper before the way; a country crossed that owns the line ("via
 * Russia's Druzhba pipeline") is part of that way.
 */
class ShipmentWayEndsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Caspian ports report a busy month | The port of Turkmenbashi moved 300 containers carried from Uzbekistan to Azerbaijan. | 300 containers | AZ TM UZ
            Crude for German refineries | Kazakhstan's crude deliveries to Germany via Russia's Druzhba pipeline will reach 80,000 tonnes in June. | 80,000 tonnes | DE KZ RU
            Oil exports look west | Kazakhstan raised its oil shipments to 4 million tons through the Baku-Tbilisi-Ceyhan pipeline. | 4 million tons | AZ GE KZ TR
            """)
    void shouldGiveAShipmentItsSourceAndDestination(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
