package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money that a verb of investing governs in a form no investment made takes (infinitive, gerund of intent, future) is
 * still to be put in: `target`. The past and the English progressive stay `amount` (round 48, alerts48).
 */
class InvestmentToComeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The minister said Kazakhstan is keen on investing $300 million in the new rail link to Iran.          | $300 million | TARGET
            Local media described the protocol as a Qatari pledge to invest $2 billion in Uzbek power plants.    | $2 billion   | TARGET
            Стороны условились вложить $40 млн в строительство нового терминала.                                 | $40 млн      | TARGET
            Le fonds investira 80 millions de dollars dans la modernisation du port d'Aktau.                      | 80 millions  | TARGET
            Yangi zavod 25 million dollar sarmoya kiritish hisobiga barpo etiladi.                               | 25 million   | TARGET
            Korea is steadily investing $3 billion in the country's petrochemical sector.                         | $3 billion   | AMOUNT
            The fund invested $300 million in the new rail link to Iran in 2022.                                  | $300 million | AMOUNT
            Стороны вложили $40 млн в строительство нового терминала.                                            | $40 млн      | AMOUNT
            Xitoy kompaniyalari viloyatga 25 million dollar sarmoya kiritgan.                                    | 25 million   | AMOUNT
            """)
    void shouldReadMoneyStillToBeInvestedAsAGoal(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
