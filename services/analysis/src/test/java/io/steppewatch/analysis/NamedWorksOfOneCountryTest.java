package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A work known by its own name that lies in one country (the Qosh Tepa canal, dug in northern Afghanistan) gives its
 * figures that country alone, whatever neighbours the article names (bench/corpus/README.md: the canal's planned
 * length, width and depth are `other` `[AF]`).
 */
class NamedWorksOfOneCountryTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbekistan, Turkmenistan and Tajikistan worry about their water. ¶ The Qosh Tepa canal will be 100 metres wide. | 100 metres | AF
            Узбекистан, Туркмения и Таджикистан опасаются за воду. ¶ Ширина канала Коштепа составит 100 метров. | 100 метров | AF
            L'Ouzbékistan, le Turkménistan et le Tadjikistan s'inquiètent pour l'eau. ¶ Le canal de Qosh Tepa mesurera 285 km. | 285 km | AF
            """)
    void shouldGiveAFigureOfANamedWorkItsCountry(String body, String text, String subjects) {
        assertThat(figure(body.replace(" ¶ ", "\n\n"), text).subjects()).isEqualTo(List.of(subjects));
    }
}
