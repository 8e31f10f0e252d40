package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A population is its own country's alone, whatever else its sentence names: the country written as its owner
 * ("Afghanistan's 40-million population"), the Central Asian country a description of one state stands for ("this
 * landlocked nation of 36 million", "cette ex-république soviétique de 7 millions d'habitants", "le pays le plus peuplé
 * de la région"), the five countries for "cette région" or Central Asia (decision 6 of round 29: an `other` figure takes
 * the parties of what it counts).
 */
class PopulationOwnersTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            U.S. troops settle in at an Uzbek airfield | American engineers are extending the runway at the base. ¶ In this landlocked nation of 36 million, the Pentagon keeps a low profile. | 36 million | UZ
            Kyrgyzstan hosts a new Russian drone unit | The small former Soviet republic of 7 million relies on remittances and hosts a Russian air base. | 7 million | KG
            L'Ouzbékistan achète du gaz russe | Cette ex-république soviétique de quelque 37 millions d'habitants a longtemps exporté du gaz vers la Russie. | 37 millions | UZ
            Paris courtise Tachkent | Paris espère détourner de la Russie le pays le plus peuplé de la région (37 millions d'habitants), selon un diplomate ouzbek. | 37 millions | UZ
            Tajikistan reinforces its southern border | Ethnic Uzbeks and Tajiks together make up almost half of Afghanistan's 41-million population. | 41-million | AF
            Узбекистан наращивает поставки муки | Узбекистан обеспечивает продовольствием значительную часть 41-миллионного населения Афганистана. | 41-миллионного | AF
            Les présidents d'Asie centrale réunis à Berlin | Cette région, qui compte environ 82 millions d'habitants, se trouve entre la Russie, la Chine et l'Iran. | 82 millions | KG KZ TJ TM UZ
            """)
    void shouldGiveAPopulationToItsOwnCountry(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), number))
                .containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan buys Mongolian coal | Mongolia, a landlocked country of 3.5 million, sells most of its coal to China. | 3.5 million | MN
            Kazakhstan and Uzbekistan sign a water deal | Le Tadjikistan, pays de 10 millions d'habitants, partage une frontière avec l'Afghanistan. | 10 millions | TJ
            """)
    void shouldKeepAPopulationWithTheCountryItsDescriptionIsApposedTo(String title, String body, String number,
                                                                       String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** The subjects of the first figure (a body's "¶" stands for a paragraph break) whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
