package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts of a drill that has not begun (its troops, equipment, aircraft, the drills themselves) are goals, dated as
 * the drill is; once the drill has begun they are amounts, and so are the drill's parties (settled 2026-12-04).
 */
class DrillsToComeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The joint mountain exercise will involve about 1,200 soldiers and 90 armoured vehicles.                 | 1,200 soldiers      | TARGET | 2024-03
            The joint mountain exercise will involve about 1,200 soldiers and 90 armoured vehicles.                 | 90 armoured         | TARGET | 2024-03
            Около 1200 военнослужащих примут участие в горных учениях на юге республики.                            | 1200 военнослужащих | TARGET | 2024-03
            Environ 1200 soldats participeront aux exercices conjoints dans les montagnes.                          | 1200 soldats        | TARGET | 2024-03
            The joint mountain exercise began on Monday; about 1,200 soldiers will take part until Friday.          | 1,200 soldiers      | AMOUNT | 2024-03
            Горные учения стартовали в понедельник, в них примут участие около 1200 военнослужащих.                 | 1200 военнослужащих | AMOUNT | 2024-03
            The joint mountain exercise will bring together troops from 6 countries.                                 | 6 countries         | AMOUNT | null
            """)
    void shouldMakeTheCountsOfADrillToComeGoals(String body, String text, String measure, String period) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.measure()).hasToString(measure);
        assertThat(String.valueOf(figure.period())).isEqualTo(period);
    }
}
