package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a plant can make or process ("the two new plants ... have a capacity of", "мощность нового завода") is no
 * freight capacity of a corridor, line, port or terminal; a terminal's capacity keeps its metric.
 */
class PlantCapacityTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The two new plants near Shymkent have a total capacity of 300,000 tons a year.           | 300,000 tons       | other
            Мощность нового завода в Навои составит 400 тысяч тонн в год.                            | 400 тысяч тонн     | other
            The annual capacity of the new grain terminal in Aktau will reach 500,000 tons.          | 500,000 tons       | cargo.capacity
            """)
    void shouldNotReadAPlantsCapacityAsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
