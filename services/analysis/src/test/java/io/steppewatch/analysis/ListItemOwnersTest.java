package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values of a list that each belong to one item take that item's party (decision 6): a value written with its own
 * origin ("12 de Turquie, 4 de Chine") drops its siblings' origins and takes its own; values that "respectively"
 * point back to the values just before take their parties in order.
 */
class ListItemOwnersTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Conseil de l'UE : nouvelles sanctions contre la Turquie | Selon le Conseil de l'UE, la liste compte 14 entreprises de Turquie, 6 de Chine, 3 d'Inde et une dans chacun des trois pays suivants : Iran, Arménie et Kirghizstan. | 6 | CN EU
            Conseil de l'UE : nouvelles sanctions contre la Turquie | Selon le Conseil de l'UE, la liste compte 14 entreprises de Turquie, 6 de Chine, 3 d'Inde et une dans chacun des trois pays suivants : Iran, Arménie et Kirghizstan. | 3 | EU IN
            Uzbek oil gains ground in its neighbours | Uzbek sunflower oil now holds 71% of the market in Kyrgyzstan and 58% in Tajikistan, whereas in 2019 these shares stood at 22% and 9% respectively. | 22% | KG UZ
            """)
    void shouldGiveEachValueItsOwnItemsParty(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh grain heads west | Shipments of Kazakh grain to the Black Sea and Baltic ports went up by 31% and 44% respectively, while those to Iran fell. | 31% | IR
            """)
    void shouldLeaveValuesOfTheClausesOwnList(String title, String body, String number, String absent) {
        assertThat(subjectsOf(title, body, number)).doesNotContain(absent.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
