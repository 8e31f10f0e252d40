package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A firm named by its country's adjective, for the adjectives the gazetteer does not read bare (French, Indian,
 * Ukrainian): the firm's country is a party of its deals and works (decision 6), while the bare adjective ("le
 * président français", "Ukrainian drones") stays unread (gazetteer, round 48).
 */
class FirmAdjectivesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Nouveau chantier à Achgabat | Le Turkménistan a confié au groupe français Vinci un chantier de 150 millions d'euros. | 150 millions | FR TM
            A pharmaceutical plant for Samarkand | Uzbekistan has awarded two Indian companies a $40 million order for a pharmaceutical plant. | $40 million | IN UZ
            Новый завод в Караганде | Казахстан заключил с французской компанией договор на 70 млн евро. | 70 млн евро | FR KZ
            """)
    void shouldGiveAFirmsDealItsCountry(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Drones over the Caspian | Russia's defence ministry said it had downed 40 Ukrainian drones over the Caspian coast overnight. | 40 | RU
            """)
    void shouldLeaveTheBareAdjective(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
