package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A country's exports or imports opening the paragraph right after one on its foreign trade with the world continue
 * that world total: the country alone, not the headline's partner (LABEL-FIXES decision 63 of round 39).
 */
class WorldTradeNextParagraphTest {

    private static final String TITLE = "Kazakhstan and Turkey trade climbs to $4 billion";
    private static final String BODY = """
            Kazakh trade with Turkey came to $4 billion in the first nine months of 2025, the customs committee said.

            Over the same nine months, the foreign trade turnover of Kazakhstan totalled $105 billion. That is 3 percent more than a year earlier.

            Kazakhstan's exports stood at $61 billion between January and September, and imports came to $44 billion.
            """;

    @Test
    void shouldKeepTheWorldTotalsOfTheNextParagraphToTheOneCountry() {
        assertThat(subjectsOf(TITLE, BODY, "$61 billion")).containsExactly("KZ");
        assertThat(subjectsOf(TITLE, BODY, "$44 billion")).containsExactly("KZ");
    }

    @Test
    void shouldStillGiveTheBilateralFigureBothParties() {
        assertThat(subjectsOf(TITLE, BODY, "$4 billion")).containsExactlyInAnyOrder("KZ", "TR");
    }

    @Test
    void shouldNotReadAParagraphAfterAPartnersTradeAsTheWorld() {
        String body = """
                Kazakh trade with Turkey came to $4 billion in the first nine months of 2025, the customs committee said.

                Kazakhstan's exports stood at $2.5 billion between January and September.
                """;
        assertThat(subjectsOf(TITLE, body, "$2.5 billion")).containsExactlyInAnyOrder("KZ", "TR");
    }

    @Test
    void shouldKeepTheDestinationOfTheNextParagraphsExports() {
        String body = """
                Over the same nine months, the foreign trade turnover of Kazakhstan totalled $105 billion. That is 3 percent more than a year earlier.

                Kazakhstan's exports to Turkey stood at $2.5 billion between January and September.
                """;
        assertThat(subjectsOf(TITLE, body, "$2.5 billion")).containsExactlyInAnyOrder("KZ", "TR");
    }
}
