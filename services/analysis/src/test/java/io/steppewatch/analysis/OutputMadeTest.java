package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tonnes or cubic metres produced, extracted, harvested or dug out are what a mine, field, farm or site yields,
 * `other`, even where the sentences around speak of freight or exports; a figure a flow word speaks of keeps its
 * metric.
 */
class OutputMadeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbek copper ore is carried by rail to China. Since 2010 the two mines near Almalyk have produced 90,000 tons. | 90,000 tons          | other
            Le minerai kazakh part par le rail vers la Chine. Ces gisements ont déjà permis d'extraire 30.000 tonnes.      | 30.000 tonnes        | other
            Cargo to the new terminal of Aktau port grows. Excavation in the amount of 2.1 million m3 was carried out.    | 2.1 million m3       | other
            Freight between the two countries grew. Kazakhstan produced and exported 5 million tons of goods to Uzbekistan last year. | 5 million tons       | trade.exports
            """)
    void shouldReadOutputAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
