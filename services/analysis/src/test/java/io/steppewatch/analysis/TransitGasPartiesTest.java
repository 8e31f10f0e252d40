package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A volume of a flow the headline sends through a third country, in a sentence naming no party, is the sender's and the
 * receiver's, never the transit country's (LABEL-FIXES decision 64 of round 39, decision 45 before it).
 */
class TransitGasPartiesTest {

    @ParameterizedTest(name = "{2} under \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan to begin transit of Iranian gas to Armenia | Deliveries are expected to reach 1.5 billion cubic meters a year once the contract is signed. | 1.5 billion cubic meters | AM IR
            Turkmen route: Iranian gas to Armenia in transit through Turkmenistan | Deliveries are expected to reach 1.5 billion cubic meters a year once the contract is signed. | 1.5 billion cubic meters | AM IR
            """)
    void shouldLeaveTheTransitCountryOut(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
