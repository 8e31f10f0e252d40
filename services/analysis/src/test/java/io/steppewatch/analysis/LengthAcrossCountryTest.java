package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A route's length across one country ("a 300-kilometre section across Afghanistan") lies in that country; across
 * two countries joined by "and" it stays the route's.
 */
class LengthAcrossCountryTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan and Afghanistan build a railway | The next phase is a 300-kilometer railway section across Afghanistan to Herat. | 300-kilometer | AF
            Le Turkménistan et l'Afghanistan construisent un chemin de fer | La prochaine phase est une section ferroviaire de 300 km à travers l'Afghanistan jusqu'à Hérat. | 300 km | AF
            Turkmenistan and Afghanistan build a railway | The next phase is a 300-kilometer railway section across Afghanistan and Pakistan. | 300-kilometer | AF PK
            """)
    void shouldPlaceALengthAcrossOneCountryInIt(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
