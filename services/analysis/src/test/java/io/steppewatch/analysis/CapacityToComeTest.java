package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The capacity of a line, port or terminal still to be built is a capacity to come, `target` (LABEL-FIXES, a
 * facility's capacity once built; decision 46), even where its sentence holds no word of aim or of the future: the
 * works named around it (a construction under way or begun, a facility "to build", "once completed", "после
 * завершения строительства", "encore loin d'être achevé ... à terme") say so. Works stated as over keep the capacity an
 * amount, and so does the start of a range (the capacity now). The first six rows fail without the rule.
 */
class CapacityToComeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Work on the construction of the oil pipeline with a throughput capacity of 12 million tons a year started last spring. | 12 million tons | TARGET
            The minister spoke of the need to build a new terminal with a capacity of 5 million tonnes per year at the port of Aktau. | 5 million tonnes | TARGET
            Once completed, the new terminal is anticipated to handle up to 3 million tons of goods per year. | 3 million tons | TARGET
            После завершения строительства терминал обеспечит мощность по перевалке в 400 000 TEU в год. | 400 000 TEU | TARGET
            Le nouveau gazoduc, encore loin d'être achevé, aura à terme une capacité de 20 milliards de m3 par an. | 20 milliards de m3 | TARGET
            Au Turkménistan, le chantier du gazoduc TAPI traîne, mais l'ouvrage doit à terme transporter 27 milliards de m3 chaque année. | 27 milliards de m3 | TARGET
            Grâce à la construction d'un nouveau quai, la capacité du port passera de 50 000 EVP à 120 000 EVP par an. | 50 000 EVP | AMOUNT
            The construction of the dry port with a capacity of 6 million tons a year was completed in 2019. | 6 million tons | AMOUNT
            The port has a handling capacity of 9 million tonnes a year. | 9 million tonnes | AMOUNT
            """)
    void shouldMakeTheCapacityOfAFacilityToComeATarget(String body, String text, String measure) {
        ExtractedFigure figure = AnalyzedFigures.figure(body, text);
        assertThat(figure.metric()).isEqualTo("cargo.capacity");
        assertThat(figure.measure()).isEqualTo(Measure.valueOf(measure));
    }
}
