package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 40 of round 36: a total of a bloc, a group or the world taken as a whole takes the bloc's code where the
 * standard has one and no subject where it has none; never the country the paragraph or the speaker is about. A
 * country's own dealings with the group, its share of the world or the pronoun that stands for it keep that country.
 */
class GroupTotalsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kazakhstan hosted the forum. The envoy said that trade among the CIS countries as a whole grew by 18% last year.                  | 18%            | -
            Kazakhstan hosted the forum. According to the minister, yearly growth of trade between the countries of the Customs Union is 25%. | 25%            | -
            Казахстан принял форум. По словам посла, товарооборот стран СНГ в целом вырос до 140 млрд долларов.                               | 140 млрд       | -
            Казахстан принял форум. По его словам, рост торговли между странами Таможенного союза составляет 25%.                             | 25%            | -
            Le Kazakhstan a accueilli le forum. Selon le ministre, les échanges entre les pays de la CEI dans leur ensemble ont crû de 18 %.     | 18 %           | -
            Қазақстан форумды өткізді. Елші ТМД елдері арасындағы тауар айналымы 18 пайызға өскенін айтты.                                    | 18 пайыз       | -
            Ўзбекистон форумни ўтказди. Элчи МДҲ мамлакатлари ўртасидаги савдо 18 фоизга ўсганини айтди.                                       | 18 фоиз        | -
            Uzbekistan mines gold. The world's yearly gold output is about 3,500 tons.                                                        | 3,500 tons     | -
            Узбекистан добывает золото. Мировая добыча золота составляет около 3500 тонн в год.                                               | 3500 тонн      | -
            L'Ouzbékistan extrait de l'or. La production mondiale d'or atteint environ 3 500 tonnes par an.                                  | 3 500 tonnes   | -
            Uzbekistan joined the talks. The body's 166 member countries make up 98% of world trade.                                         | 98%            | -
            Uzbekistan joined the talks. The body's 166 member countries make up 98% of world trade.                                          | 166            | -
            Kazakhstan hosted the forum. Mutual trade of the EAEU states rose by 9% last year.                                                 | 9%             | EAEU
            """)
    void shouldGiveAGroupsTotalTheGroupsCodeOrNone(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).isEqualTo(expected(subjects));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2024, Tajikistan's trade with the CIS countries exceeded $2 billion.                                       | $2 billion | TJ
            Kazakhstan mines uranium. It produces 40% of the world's uranium.                                              | 40%        | KZ
            Kazakhstan mines uranium. Its share of world uranium output is 40%.                                           | 40%        | KZ
            Kazakhstan sells grain. Last year it shipped 9 million tons to the global markets.                            | 9 million  | KZ
            Kyrgyzstan borrows. The World Bank will lend $50 million to Kyrgyzstan for roads.                             | $50 million | KG
            """)
    void shouldKeepACountrysOwnDealingsWithTheGroupOrTheWorld(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsAll(expected(subjects));
    }

    private static List<String> expected(String subjects) {
        return "-".equals(subjects) ? List.of() : Arrays.asList(subjects.split(","));
    }
}
