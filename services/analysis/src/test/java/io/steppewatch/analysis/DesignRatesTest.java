package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A yearly rate of freight that a frame of design or permission governs ("is designed to", "conçu pour", "thereby
 * allowing", "позволит") is what the facility can carry, `cargo.capacity`; the same frame over a word of growth or of
 * the flow's size ("will allow the volume of freight to increase to") states a goal for the flow, and a rate with no
 * frame is freight carried, both `cargo.volume`.
 */
class DesignRatesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le nouveau terminal est conçu pour transporter 6 millions de tonnes de céréales par an. | 6 millions de tonnes | cargo.capacity
            The new ferry terminal will serve four ships a day, thereby allowing the handling of 3 million tonnes of goods per year. | 3 million tonnes | cargo.capacity
            Новый терминал позволит перегружать 3 млн тонн грузов в год. | 3 млн тонн | cargo.capacity
            The railway will allow the volume of freight to increase to 15 million tonnes per year. | 15 million tonnes | cargo.volume
            The port handled 4 million tonnes of cargo per year. | 4 million tonnes | cargo.volume
            """)
    void shouldReadAYearlyRateAsCapacityWhenAFrameOfDesignGovernsIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
