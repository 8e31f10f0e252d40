package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A partner named beside its own figure is that figure's party, whatever form its name takes: Cyprus, and Moldova in
 * the Russian forms in use today ("в Молдове", "Молдова") beside the older "Молдавия" (gold-ze: coal bought by
 * Cyprus, the weight of remittances in Moldova's GDP). Known only as the older form, the item took the party of the
 * item before it.
 */
class PartnersNamedInTheirOwnFormsTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakh copper in Europe | The largest buyers of Kazakh copper were Italy (2 million tons), Cyprus (400 thousand tons) and Spain (90 thousand tons). | 400 thousand tons | CY KZ
            Le cuivre kazakh en Europe | Les principaux acheteurs de cuivre kazakh sont l'Italie (2 millions de tonnes), Chypre (400 000 tonnes) et l'Espagne (90 000 tonnes). | 400 000 tonnes | CY KZ
            Казахская медь в Европе | Крупнейшими покупателями казахской меди стали Италия (2 млн тонн), Кипр (400 тысяч тонн) и Испания (90 тысяч тонн). | 400 тысяч тонн | CY KZ
            Казахская медь в Европе | Крупнейшими покупателями казахской меди стали Италия (2 млн тонн), Молдова (400 тысяч тонн) и Испания (90 тысяч тонн). | 400 тысяч тонн | KZ MD
            """)
    void shouldGiveABracketedItemThePartnerNamedBeforeIt(String title, String body, String figure, String subjects) {
        assertThat(FigureSubjectsTest.subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }

    // "ВВП" is the Russian word for GDP: a list sharing out a weight in each country's GDP gives each its own.
    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Переводы мигрантов | Переводы мигрантов в Кыргызстан равны 20% ВВП. Для сравнения, этот показатель составляет 9 процентов в Армении, 14 процентов в Молдове и 25 процентов в Таджикистане. | 14 процентов | MD
            Переводы мигрантов | Переводы мигрантов в Кыргызстан равны 20% ВВП. Для сравнения, этот показатель составляет 9 процентов в Армении, 14 процентов в Молдове и 25 процентов в Таджикистане. | 25 процентов | TJ
            Переводы мигрантов | Переводы мигрантов в Кыргызстан равны 20% ВВП. Для сравнения, этот показатель составляет 9 процентов в Армении, 14 процентов в Молдове и 25 процентов в Таджикистане. | 9 процентов | AM
            """)
    void shouldGiveEachCountryItsOwnShareOfGdpInAList(String title, String body, String figure, String subjects) {
        assertThat(FigureSubjectsTest.subjectsOf(title, body, figure)).containsExactly(subjects.split(" "));
    }
}
