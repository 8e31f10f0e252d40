package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Under a headline of two countries, a sentence naming none whose clause says what one country processes, the money
 * it allocates or the works it does on its own roads speaks of that country's own amount at home (decision 6 of round
 * 29): the article's main country alone. A clause of deliveries keeps the pair. The first paragraph (before the ¶)
 * makes the main country the one the article names most.
 */
class OwnWorksAtHomeTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkey buys more Uzbek cotton | Uzbekistan grows cotton in the south. Uzbekistan also makes yarn. ¶ Cotton processing this year should reach 50 thousand tons. | 50 thousand tons | UZ
            La Turquie achète plus de coton ouzbek | L'Ouzbékistan cultive le coton au sud. L'Ouzbékistan file aussi. ¶ La transformation du coton devrait atteindre 50 000 tonnes cette année. | 50 000 tonnes | UZ
            Kazakhstan and Turkmenistan agree on a border road | Kazakhstan plans works on its side. Kazakhstan named a contractor. ¶ About 200 million tenge was allocated for the works. | 200 million tenge | KZ
            Казахстан и Туркменистан договорились о дороге | Казахстан начнет работы на своей стороне. Казахстан выбрал подрядчика. ¶ На ремонт выделено 200 млн тенге. | 200 млн тенге | KZ
            Turkey buys more Uzbek cotton | Uzbekistan grows cotton in the south. Uzbekistan also makes yarn. ¶ The deliveries should reach 50 thousand tons this year. | 50 thousand tons | TR UZ
            """)
    void shouldGiveOwnWorksUnderAPairHeadlineToTheMainCountry(String title, String body, String figure,
                                                            String subjects) {
        assertThat(subjectsOf(title, body.replace(" ¶ ", "\n\n"), figure)).containsExactly(subjects.split(" "));
    }
}
