package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A border's length linked to the border noun before it ("la frontière de 970 kilomètres", "the border of 1,100
 * kilometres") is the whole border's length though a word of delimitation comes before it (decision 46 of round 37:
 * `border.length` is the whole border); kilometres of a border agreed or described stay a stretch, `other`.
 */
class BorderNamedBeforeLengthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Les deux gouvernements ont créé une commission chargée de démarquer la frontière de 970 kilomètres entre le Tadjikistan et le Kirghizistan. | 970 kilomètres | border.length
            The presidents of Kazakhstan and Uzbekistan agreed last spring to delimit the border of 2,300 kilometres between their countries. | 2,300 kilometres | border.length
            Les experts ont déjà délimité 300 kilomètres de la frontière entre le Tadjikistan et le Kirghizistan. | 300 kilomètres | other
            The commission has delimited 520 kilometres of the border between Kyrgyzstan and Tajikistan. | 520 kilometres | other
            """)
    void shouldReadALengthLinkedToTheBorderNounAsTheWholeBorder(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
