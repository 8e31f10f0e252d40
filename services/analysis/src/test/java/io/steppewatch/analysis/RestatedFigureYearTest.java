package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A year right after a figure dates it even when a parenthesis restating the figure in another unit stands between
 * them; the base year of a "from ... to ..." before it does not.
 */
class RestatedFigureYearTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Les ventes de coton sont passées de 12 millions de dollars (10,7 millions d'euros) en 2016 à 95,4 millions de dollars (85,2 millions d'euros) en 2019. | 95,4 millions de dollars | 2019
            Cotton sales grew from $12 million (10.7 million euros) in 2016 to $95.4 million (85.2 million euros) in 2019.                                        | $95.4 million | 2019
            """)
    void shouldDateTheFigureByTheYearPastItsRestatement(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2020-06-10", text).period()).isEqualTo(period);
    }
}
