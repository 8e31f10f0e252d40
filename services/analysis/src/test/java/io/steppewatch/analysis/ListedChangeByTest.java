package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dash, then "by" a sum, after a word of change earlier in the sentence, is by how much the item before the dash
 * moved ("Tajik imports grew fastest – by $2.1 billion"); a sum after a dash without "by" is a level.
 */
class ListedChangeByTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz exports to China rose sharply last year, and imports grew even faster – by $2.1 billion.            | $2.1 billion  | CHANGE
            Supplies to Turkey increased for cement - 4.2 times, cotton yarn - 2.5 times, copper wire - by $ 9.6 million. | $ 9.6 million | CHANGE
            Trade between the two countries grew in the spring; the largest item was cotton – $310 million.             | $310 million  | AMOUNT
            """)
    void shouldReadASumByAfterADashAsAChange(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }
}
