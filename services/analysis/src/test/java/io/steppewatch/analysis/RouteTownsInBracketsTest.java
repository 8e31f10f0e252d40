package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A route named by its towns, each with its country in brackets or with a town the gazetteer does not know between
 * them, links the countries of all its towns: the brackets and the unknown stops do not break the chain.
 */
class RouteTownsInBracketsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan sends grain to Afghanistan | The officials said the Kostanay (Kazakhstan) - Shalqar - Serhetabat (Turkmenistan) - Gorgan (Iran) line will be 930 km long. | 930 km | IR KZ TM
            Kazakhstan sends grain to Afghanistan | The officials said the Kostanay-Shalqar-Serhetabat (Turkmenistan) line will be 930 km long. | 930 km | KZ TM
            """)
    void shouldLinkEveryCountryOfARouteNamedByItsTowns(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
