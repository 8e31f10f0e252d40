package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a deal is worth is both sides' (decision 6: an `other` figure takes the parties of what it counts or is
 * worth): a contract's, an agreement's or a memorandum's value whose sentence names one side takes the headline's two
 * countries when that side is one of them (DealValues).
 */
class DealValuesTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan and China sign a package of documents | Officials met in Bishkek on Friday. A memorandum between the energy ministry of Kyrgyzstan and Zhongtai Power Ltd. comes to $80 million. | $80 million | CN KG
            Какие товары Беларусь поставит в Узбекистан | Делегация провела переговоры в Самарканде. В Самарканде заключены договоренности почти на 150 млн долларов. | 150 млн долларов | BY UZ
            Le Japon et le Turkménistan misent sur le gaz | Une délégation d'affaires s'est rendue à Achgabat. Le Turkménistan évalue ces contrats à quelque 2 milliards de dollars. | 2 milliards de dollars | JP TM
            """)
    void shouldGiveADealsValueBothSidesOfTheHeadline(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan and China sign a package of documents | Officials met in Bishkek on Friday. Kyrgyzstan spent $80 million on fuel bought abroad last year. | $80 million | KG
            Kyrgyzstan and China sign a package of documents | Officials met in Bishkek on Friday. The ideal budget for the dealers of Kyrgyzstan is $3 million. | $3 million | KG
            """)
    void shouldLeaveMoneyThatIsNoDeal(String title, String body, String number, String expected) {
        assertThat(subjectsOf(title, body, number)).containsExactlyInAnyOrder(expected.split(" "));
    }

    /** The subjects of the first figure whose text starts with {@code number}. */
    private static List<String> subjectsOf(String title, String body, String number) {
        return AnalyzedFigures.figure(new ArticleText("t", title, body, null, null), number).subjects();
    }
}
