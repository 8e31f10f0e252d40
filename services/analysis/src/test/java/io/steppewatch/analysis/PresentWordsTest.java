package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "presently", "right now", "at the moment" and "as of this writing" are words of the present moment as "currently"
 * is: a count or a sum they state in a dated text takes the publication month; an undated text has none to give.
 */
class PresentWordsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new order does not reach some 700 refugees presently on short-term visas. | 700 refugees | 2024-03-05 | 2024-03
            As of this writing, the appeal for the flooded villages has raised $41,500. | $41,500 | 2024-03-05 | 2024-03
            The depot holds about 1,200 wagons right now, its manager said. | 1,200 wagons | 2024-03-05 | 2024-03
            The new order does not reach some 700 refugees presently on short-term visas. | 700 refugees | |
            """)
    void shouldDateAFigureStatedWithAPresentWord(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
