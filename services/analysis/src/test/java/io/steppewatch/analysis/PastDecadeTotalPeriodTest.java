package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 35 of round 35: a total summed over "the past decade" in a dated text takes the ten whole years before the
 * year of publication, as a total over "the past ten years" does ("the past decade is ten years"; two decades twenty).
 * A level that the span's total "reached" keeps none, and an undated text has no year to count back from.
 */
class PastDecadeTotalPeriodTest {

    @ParameterizedTest(name = "{2} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            The minister said that more than 6,500 Tajik engineers had been trained in Chinese colleges over the past decade. | 2024-03-12 | 6,500 Tajik | 2014-01/2023-12
            Over the past two decades, the Korean side has spent about $240 million on the modernisation of the two airports. | 2025-06-02 | $240 million | 2005-01/2024-12
            За последнее десятилетие инвесторы вложили в проекты порта 640 млн долларов.                                      | 2024-11-27 | 640 млн долларов | 2014-01/2023-12
            Au cours de la dernière décennie, les deux pays ont consacré 310 millions de dollars à la ligne.                   | 2024-11-27 | 310 millions de dollars | 2014-01/2023-12
            The minister said that more than 6,500 Tajik engineers had been trained in Chinese colleges over the past decade. | null       | 6,500 Tajik | null
            """)
    void shouldCountTenYearsForATotalOverThePastDecade(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
