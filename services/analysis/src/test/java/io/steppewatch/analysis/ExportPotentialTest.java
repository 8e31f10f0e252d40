package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an export potential is put at is what could be sold abroad, a goal (gold-o, gold-i), not what was. */
class ExportPotentialTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The export potential of Kyrgyz fruit is estimated at 300,000 tons a year.                       | 300,000      | TARGET
            Kyrgyzstan exported 300,000 tons of fruit last year.                                            | 300,000      | AMOUNT
            Le potentiel d'exportation de fruits kirghizes est évalué à 300 000 tonnes par an.              | 300 000      | TARGET
            Le Kirghizistan a exporté 300 000 tonnes de fruits l'an dernier.                                | 300 000      | AMOUNT
            Область наращивает экспортный потенциал: объем проданной за рубеж продукции достиг 300 тысяч тонн. | 300 тысяч | AMOUNT
            """)
    void shouldReadWhatAnExportPotentialIsPutAtAsAGoal(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
