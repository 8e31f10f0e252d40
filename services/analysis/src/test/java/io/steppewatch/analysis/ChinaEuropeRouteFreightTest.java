package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight counted on the China–Europe route named by its ends and a word of a route keeps `[CN, EU]`, in an article
 * about the Middle Corridor too (the lead's ruling of round 33, decisions 39 and 45: the China–Europe traffic named by
 * its ends is the one exception to a shipper's way). A transit total whose largest share comes from that route, in
 * another clause, stays the transit country's, and the route the sentence puts on the corridor is the corridor's
 * (whatever else the rules give it, not the route's ends).
 */
class ChinaEuropeRouteFreightTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Middle Corridor traffic grows | Of the total, the China-Europe-China route carried 31,000 TEU in the first half. | 31,000 TEU | CN EU
            Средний коридор набирает обороты | За полгода по маршруту Китай – Европа перевезено 31 тысяча контейнеров. | 31 тысяча контейнеров | CN EU
            """)
    void shouldKeepTheRoutesTwoEnds(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan's transit record | Kazakhstan's container transit reached 1.2 million TEU, with most of it coming from the China-Europe-China route. | 1.2 million TEU
            Middle Corridor traffic grows | The China-Europe route via the Middle Corridor carried 31,000 TEU in the first half. | 31,000 TEU
            """)
    void shouldNotGiveTheRouteAFigureOfAnotherClause(String title, String body, String figure) {
        assertThat(subjectsOf(title, body, figure)).doesNotContain("EU");
    }
}
