package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The volume an agreement or contract provides for ("the deal provides for the delivery of", "a contract on the
 * transit of", "соглашение о поставках") is a level still to be reached, `target`, whatever the tense of the signing
 * (AgreedVolumes). A volume supplied under an agreement, and a contract whose volume the sentence gives further off,
 * keep their measure. The first four rows fail without the rule.
 */
class AgreedVolumesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Last spring the two companies signed a contract on the transit of 3 million tons of crude through the port. | 3 million tons | TARGET
            The new agreement provides for the supply of 2 billion cubic meters of gas to the republic every year. | 2 billion cubic meters | TARGET
            Tashkent and Astana concluded a deal covering exports of 800,000 tons of wheat. | 800,000 tons | TARGET
            Стороны подписали соглашение о поставках 4 млрд куб. м газа в год. | 4 млрд куб. м | TARGET
            Under the agreement, Turkmenistan supplied 6 million cubic meters of gas per day in March. | 6 million cubic meters | AMOUNT
            Компания продолжает исполнение контракта на поставку газа в Казахстан в объеме 5 млрд куб. м в год. | 5 млрд куб. м | AMOUNT
            """)
    void shouldMakeAnAgreedVolumeATarget(String body, String text, String measure) {
        assertThat(AnalyzedFigures.figure(body, text).measure()).isEqualTo(Measure.valueOf(measure));
    }
}
