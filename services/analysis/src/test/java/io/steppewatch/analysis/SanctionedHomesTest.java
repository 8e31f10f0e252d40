package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The persons and firms a sanctions act lists are counted with the countries they come from (decision 6): a count of
 * persons or entities followed by "from", "de", "из" and a list of countries takes every country of the list besides
 * the authority acting. Jurisdictions the act reaches ("across ..., including") are no origin.
 */
class SanctionedHomesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The EU adds firms to its restrictions | The new restrictions hit 64 individuals and 45 legal entities from Russia and several third countries, among them Serbia, India, Turkey and the United Arab Emirates. | 64 | AE IN RS RU TR
            L'UE allonge sa liste noire | Les nouvelles restrictions visent 48 personnes et entités de Russie et de plusieurs pays tiers, dont la Serbie, l'Inde, la Turquie et les Émirats arabes unis. | 48 | AE IN RS RU TR
            """)
    void shouldCountTheTargetsWithTheirCountries(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Washington targets evasion networks | The US Treasury sanctioned 150 entities involved in supplying Russia across 12 jurisdictions, including India, China and Turkey. | 150 | CN IN TR
            """)
    void shouldLeaveTheJurisdictionsReached(String title, String body, String number, String absent) {
        assertThat(subjectsOf(title, body, number)).doesNotContain(absent.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
