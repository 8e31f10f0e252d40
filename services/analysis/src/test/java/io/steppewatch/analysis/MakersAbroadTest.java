package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A maker or builder abroad named as the seller or builder of a sale stands for its home country (the gazetteer's
 * makers): decision 31 of round 35 gives a buyer's figure both parties of the sale, and the text names the seller only
 * by its company.
 */
class MakersAbroadTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The national airline of Tajikistan has placed an order for 6 Boeing jets.                                | 6 Boeing        | TJ,US
            Казахстанская авиакомпания закупит 4 самолета Боинг до конца года.                                      | 4 самолета      | KZ,US
            ACWA Power will build a solar plant in Kyrgyzstan at a cost of $400 million.                            | $400 million    | KG,SA
            Alstom will deliver 25 electric locomotives to Uzbekistan under the new contract.                        | 25 electric     | FR,UZ
            Le Turkménistan a commandé 12 trains à Talgo.                                                            | 12 trains       | ES,TM
            """)
    void shouldTakeTheMakersCountryAsTheSeller(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
