package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French verbs of reducing and narrowing ("réduit", "réduire", "rétrécir") say a change as "reduce" does, and a time
 * of transit that shrinks is a saving, no freight.
 */
class FrenchReductionTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Le nouveau corridor réduit le temps de transit de 35 % et les coûts de transport de 25 %.        | 35 % | other
            La nouvelle ligne permettra de réduire les frais de transport de 20 % entre les deux pays.      | 20 % | other
            """)
    void shouldReadAFrenchReductionAsAChange(String body, String text, String metric) {
        ExtractedFigure found = figure(body, text);
        assertThat(found.measure()).isEqualTo(Measure.CHANGE);
        assertThat(found.metric()).isEqualTo(metric);
    }
}
