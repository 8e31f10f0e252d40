package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 52 of round 37: "a date in the text dates only what happened on it". A sentence with no figure that sets
 * its period by a day of a month tells when a meeting, a visit or a statement took place, whatever its verb; a sum or a
 * share in the sentences after it is not of that month. The value of an event (deals signed, goods seized) and a month
 * with no day still carry.
 */
class DayOfAnActPeriodTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Президент Казахстана 4 марта провел переговоры с премьер-министром Венгрии. Он отметил, что товарооборот составил 900 млн долларов. | 2024-03-06 | 900 млн | null
            The two foreign ministers held talks in Baku on 12 May. The minister noted that mutual trade had grown by 18%.                   | 2024-05-14 | 18% | null
            Le 5 mars, le président a reçu le ministre turc à Tachkent. Selon lui, les échanges ont atteint 1,2 milliard de dollars.            | 2024-03-07 | 1,2 milliard | null
            The business forum took place in Almaty on 12 April. Companies of the two countries signed deals worth $300 million.                | 2024-05-02 | $300 million | 2024-04
            In March 2024 the statistics office published its data. Exports to China grew by 18%.                                           | 2024-05-02 | 18% | 2024-03
            """)
    void shouldNotDateASumByTheDayOfAnAct(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
