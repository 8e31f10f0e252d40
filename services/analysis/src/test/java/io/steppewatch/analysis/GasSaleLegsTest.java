package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A volume of gas one country sends "to" another in a sentence that names a third (a swap partner, the other leg of
 * a swap) takes the sender and the receiver of that volume (LABEL-FIXES decision 64 of round 39, decision 45).
 */
class GasSaleLegsTest {

    private static final String TITLE = "Turkmenistan and Iran extend their gas swap";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the 2022 deal, Iran undertook to supply 2 billion cubic meters a year of gas to Azerbaijan while it takes as much gas from Turkmenistan. | 2 billion cubic meters | AZ IR
            The agency said Iran would deliver 9 bcm per year of gas to Iraq under a swap contract concluded with Turkmenistan. | 9 bcm per year | IQ IR
            The scheme has Turkmenistan transferring 1.2-1.5bn m3 of gas a year to Iran, then Iran passing the same volume on to Azerbaijan. | 1.2 | IR TM
            Turkmenistan will supply 5 bcm of gas a year to China through Uzbekistan and Kazakhstan. | 5 bcm | CN TM
            """)
    void shouldGiveAVolumeOfGasSentToACountryItsSenderAndReceiver(String sentence, String figure, String subjects) {
        assertThat(subjectsOf(TITLE, sentence, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
