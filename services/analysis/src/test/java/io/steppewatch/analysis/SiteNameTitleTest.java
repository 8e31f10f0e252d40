package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title line that is a site's name and its section ("Fergana: News", "Pakistan Today: News") names no party:
 * the place in the site's name is where the page was published, not what its figures are about.
 */
class SiteNameTitleTest {

    @ParameterizedTest(name = "{1} under \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Fergana: News | Putin said that trade between the two countries reached $28 billion last year. | $28 billion | KZ RU
            Fergana : actualités | Poutine a rappelé que les échanges entre les deux pays ont atteint 28 milliards de dollars. | 28 milliards de dollars | KZ RU
            Pakistan Today: News | The 1,350-kilometre border between the two countries is poorly guarded. | 1,350-kilometre | AF TJ
            """)
    void shouldTakeNoPartyFromTheSitesName(String title, String lastParagraph, String figure, String subjects) {
        String lead = subjects.equals("KZ RU") ? "Kazakhstan's president visited Moscow on Monday."
                : "Tajik border guards clashed with smugglers from Afghanistan on Sunday.";
        assertThat(subjectsOf(title, lead + "\n\n" + lastParagraph, figure))
                .containsExactlyInAnyOrder(subjects.split(" "));
    }
}
