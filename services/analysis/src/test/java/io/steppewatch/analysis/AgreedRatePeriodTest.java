package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A volume per year or per day that an agreement or contract provides for is a term of the deal, a flow with no
 * period (decision 34 of round 35): the date of the signing in its sentence dates the signing, not the flow. A
 * deadline still dates a goal, and a volume the sentence gives a year of its own without a deal keeps it.
 */
class AgreedRatePeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            On 14 March 2023, the two railways signed a contract to carry 3 million tons of grain to Iran per year. | 3 million tons | 2024-06-01 |
            In May 2022, Uzbekistan signed an agreement with the supplier for the delivery of 4 million cubic metres of gas per day. | 4 million cubic metres | 2024-06-01 |
            В апреле 2023 года стороны подписали соглашение о поставках 3,5 млрд кубометров газа в год. | 3,5 млрд кубометров | 2024-06-01 |
            В феврале 2022 года заключен договор, по которому объем перевозок в сутки составит 12 тысяч тонн. | 12 тысяч тонн | 2024-06-01 |
            En mars 2023, les deux pays ont signé un contrat pour la livraison de 2,5 milliards de m³ de gaz par an. | 2,5 milliards de m³ | 2024-06-01 |
            Under the agreement signed in 2023, transit is to reach 8 million tons per year by 2027. | 8 million tons | 2024-06-01 | 2027
            In March 2023 the terminal handled 60,000 tons of cargo. | 60,000 tons | 2024-06-01 | 2023-03
            """)
    void shouldGiveARateTheDealProvidesForNoPeriodFromTheSigning(String body, String text, String published,
                                                                  String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
