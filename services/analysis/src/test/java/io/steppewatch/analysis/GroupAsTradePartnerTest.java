package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trade with, or among, a group that has no code (the CIS, the Customs Union, Europe) is an aggregate, `other` with the Central
 * Asian country alone; a partner ranked "among the CIS countries" is still one country's trade.
 */
class GroupAsTradePartnerTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyzstan's trade with the CIS countries fell to $2.8 billion last year.                                        | $2.8 billion      | other
            The Kyrgyz-CIS trade turnover fell to $2.8 billion last year.                                                   | $2.8 billion      | other
            Товарооборот Киргизии со странами СНГ в прошлом году сократился до 2,8 млрд долларов.                           | 2,8 млрд долларов | other
            Les échanges du Kirghizistan avec la CEI ont reculé à 2,8 milliards de dollars l'an dernier.                    | 2,8 milliards     | other
            Supplies of electronics from Europe to Tajikistan grew by 300% in 2023.                                      | 300%              | other
            Le Tadjikistan importe chaque année d'Europe pour 400 millions de dollars de machines.                         | 400 millions      | other
            Among the CIS countries, Kyrgyzstan's largest trade partner is Kazakhstan, with trade of $2.8 billion last year. | $2.8 billion      | trade.turnover
            """)
    void shouldReadTradeWithAGroupAsAnAggregate(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
