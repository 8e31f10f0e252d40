package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A share of a product flow that its sentence gives to one side takes the other side too (decisions 6 and 31): the
 * receiver's share takes the sender, a source's share of imports or supplies takes the buyer, both from the article
 * when the sentence leaves them out. A party's share of its own exports or of a world market stays its own.
 */
class FlowShareSidesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan and Afghanistan open a new gas line | Turkmenistan will start pumping gas to its southern neighbour in spring. Under the plan, Afghanistan is to receive about 8% of the gas carried by the line. | 8% | AF TM
            Le Turkménistan presse le chantier de son gazoduc | Le Turkménistan a confirmé le calendrier du gazoduc, dont le Turkménistan finance la plus grande part. L'Inde et le Pakistan, dont la demande d'énergie croît vite, doivent recevoir chacun 38% des livraisons de gaz. | 38% | IN TM
            Бангладеш наращивает закупки хлопка в Узбекистане | Министерство торговли Бангладеш опубликовало данные за сезон. По его оценке, Узбекистан формирует 31% всех поставок хлопка-сырца. | 31% | BD UZ
            """)
    void shouldGiveAShareOfAFlowBothSides(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan and China expand trade | Uzbekistan and China met in Tashkent. Uzbekistan's textile sales reached $2 billion, which represented 9 percent of the country's total exports. | 9 percent | UZ
            Kazakhstan and Russia talk uranium | Kazakhstan and Russia discussed the mines. Kazatomprom alone provides 43% of global uranium supplies, its report says. | 43% | KZ
            """)
    void shouldLeaveAPartysOwnShare(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
