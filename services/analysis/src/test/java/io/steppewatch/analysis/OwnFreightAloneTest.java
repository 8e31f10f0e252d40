package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Freight whose sentence names no party, no speaker and no line, under a headline of at most one country, is the
 * count of the one country the article is about (decision 56 of round 38: a network's, an airport's or a country's
 * freight takes that country), not of a second country the article names less often; a sentence that points back
 * at a figure ("this figure") keeps the parties the fallback gives.
 */
class OwnFreightAloneTest {

    private static final String TITLE = "Air cargo review – Central Asia, part two";

    private static String body(String sentence) {
        return "Kazakhstan\n\nKazakhstan is building up its air cargo business with new terminals and routes.\n\n"
                + sentence + "\n\nRoutes over Kazakhstan changed after 2022: Russian airspace is used less, and "
                + "flights that used to cross Russia now go south of it.";
    }

    @Test
    void shouldGiveFreightNamingNoPartyTheArticlesCountryAlone() {
        String body = body("In the first half of 2024, aircraft carried 6,100 tons of cargo and mail, a little less "
                + "than a year earlier.");
        assertThat(subjectsOf(TITLE, body, "6,100 tons")).containsExactly("KZ");
    }

    @Test
    void shouldKeepTheFallbackWhenTheSentencePointsBackAtAFigure() {
        String body = body("This figure had reached 7,300 tons of cargo in 2023, the operators recalled.");
        assertThat(subjectsOf(TITLE, body, "7,300 tons")).hasSize(2);
    }
}
