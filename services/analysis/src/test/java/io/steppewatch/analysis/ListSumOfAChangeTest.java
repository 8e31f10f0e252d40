package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum alone in brackets after a party's name, in a sentence that states a change before it, is the size of that
 * party's change ("exports grew to Kazakhstan ($1.4 billion) and Georgia ($0.3 billion)"); the base a figure is
 * compared with, in brackets after its year, stays a level.
 */
class ListSumOfAChangeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Last year exports from the bloc increased most to Kazakhstan ($1.4 billion) and Georgia ($0.3 billion). | $1.4 billion | CHANGE
            Last year exports from the bloc increased most to Kazakhstan ($1.4 billion) and Georgia ($0.3 billion). | $0.3 billion | CHANGE
            Les exportations ont augmenté vers la Géorgie (2,1 milliards d'euros) et vers l'Arménie (0,8 milliard d'euros). | 0,8 milliard d'euros | CHANGE
            Trade reached $700 million in 2023, an increase of 9 percent compared to 2022 ($642 million).            | $642 million | AMOUNT
            """)
    void shouldReadABareSumOfAListOfChangesAsAChange(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
