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
            Экспортный потенциал кыргызских фруктов оценивается в 300 тысяч тонн в год.                       | 300 тысяч    | TARGET
            Кыргызстан экспортировал 300 тысяч тонн фруктов в прошлом году.                                  | 300 тысяч    | AMOUNT
            """)
    void shouldReadWhatAnExportPotentialIsPutAtAsAGoal(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    /** Cargo an export potential names is a volume that could go abroad, not a route's capacity (gold-o). */
    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The export potential of Kazakh grain along the corridor is estimated at 5 million tons of cargo.        | 5 million     | cargo.volume
            The transport potential of the corridor is estimated at 5 million tons of cargo a year.                  | 5 million     | cargo.capacity
            Экспортный потенциал казахстанского зерна по коридору оценивается в 5 миллионов тонн грузов.           | 5 миллионов   | cargo.volume
            Транзитный потенциал коридора оценивается в 5 миллионов тонн грузов в год.                             | 5 миллионов   | cargo.capacity
            Le potentiel d'exportation du fret kazakh le long du corridor est évalué à 5 millions de tonnes de fret. | 5 millions    | cargo.volume
            """)
    void shouldKeepTheCargoAnExportPotentialNamesAVolume(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
