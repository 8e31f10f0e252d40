package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight whose sentence names no corridor but the countries it goes between or that a line connects is those
 * countries', not the corridor's the article is about: a route with no corridor name takes the countries it links.
 */
class FreightBetweenNamedCountriesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Middle Corridor freight keeps growing | Last year rail transit between Turkmenistan and Kazakhstan rose to 2.1 million tons. | 2.1 million tons | KZ TM
            Middle Corridor freight keeps growing | Rail lines connecting Azerbaijan, Georgia and Turkey handled 5.8 million tons. | 5.8 million tons | AZ GE TR
            """)
    void shouldGiveFreightToTheCountriesItGoesBetween(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
