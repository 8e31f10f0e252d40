package io.steppewatch.analysis;

import static io.steppewatch.analysis.FigureSubjectsTest.subjectsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Central Asia as the yardstick of a superlative or an average ("the longest tunnel in Central Asia", "above the
 * average in Central Asia") is no party of the figure: the figure keeps the parties the article gives it, not the
 * region's five countries.
 */
class RegionYardstickTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ouzbékistan : une nouvelle route de montagne | La route ouvrira en mai. Elle aura 4 kilomètres de ponts et le tunnel le plus long d'Asie centrale. | 4 kilomètres | UZ
            Tajikistan opens a mountain road | The road opens in May. It will have 3 kilometres of bridges and the longest tunnel in Central Asia. | 3 kilometres | TJ
            Торговля Узбекистана и Казахстана растёт | Товарооборот Узбекистана и Казахстана достиг 4 млрд долларов. Это заметно выше средних темпов по Центральной Азии: за год товарооборот вырос на 7%. | 7% | UZ KZ
            """)
    void shouldNotTakeTheRegionAFigureIsComparedWith(String title, String body, String figure, String subjects) {
        assertThat(subjectsOf(title, body, figure)).containsExactlyInAnyOrder(subjects.split(" "));
    }
}
