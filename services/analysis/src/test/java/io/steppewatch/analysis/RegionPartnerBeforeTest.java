package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Central Asian country's trade with the rest of the region, the region named as the partner in the sentence before
 * the figure's, is the five countries (as when one sentence names both). Round 45, subj45.
 */
class RegionPartnerBeforeTest {

    @Test
    void shouldReadThemAsTheRegionNamedBefore() {
        String body = "Neighbours\n\nTies with the Central Asian republics are deepening quickly. Last year "
                + "Kyrgyzstan's trade with them grew by a third to $2.4 billion, officials said.";
        assertThat(subjectsOf("Bishkek reviews regional ties", body, "$2.4 billion"))
                .containsExactlyInAnyOrder("KG", "KZ", "TJ", "TM", "UZ");
    }

    @Test
    void shouldReadAFrenchSentenceAfterTradeBetweenACountryAndTheRegion() {
        String body = "Commerce\n\nLes ministres ont salué les échanges entre le Tadjikistan et les pays d'Asie "
                + "centrale. En 2023, le chiffre d'affaires commercial a atteint 1,8 milliard de dollars.";
        assertThat(subjectsOf("Réunion à Douchanbé avec l'Azerbaïdjan", body, "1,8 milliard de dollars"))
                .containsExactlyInAnyOrder("KG", "KZ", "TJ", "TM", "UZ");
    }

    @Test
    void shouldNotReadTheRegionAsAPlaceBefore() {
        String body = "Economy\n\nKazakhstan remains the largest economy in Central Asia. Its foreign trade rose "
                + "to $140 billion last year.";
        assertThat(subjectsOf("Kazakh trade up", body, "$140 billion")).containsExactly("KZ");
    }
}
