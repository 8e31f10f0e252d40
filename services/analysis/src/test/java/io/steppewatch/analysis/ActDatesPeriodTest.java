package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A period that an act's word governs ("inauguré en mai 2021", "was launched four years ago", "Построенный в 2015 году",
 * "after the visit ... last October") dates that act, not the figure stated beside it (round 48, perb48;
 * {@code ActDates}); a plan's act, a verb joined after the act's word, and the papers signed at the act keep the
 * date. Articles published on 5 March 2024.
 */
class ActDatesPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Ce port sec inauguré en mai 2021 dispose de 12 grues de portique. | 12 grues | null
            The Khorgos warehouse was launched four years ago and is able to store up to 6,000 containers. | 6,000 containers | null
            Построенный в 2015 году нефтепровод имеет протяженность 450 километров и пропускает 5 млн тонн нефти в год. | 5 млн тонн | null
            Bilateral trade rose by 40% to $2.1 billion after the visit of the Uzbek leader to Hanoi last October. | $2.1 billion | null
            During the state visit in June 2023, the sides signed 15 intergovernmental agreements. | 15 intergovernmental | 2023-06
            The depot was set up and became operational in May 2020 with the delivery of 30 locomotives. | 30 locomotives | 2020-05
            """)
    void shouldNotDateAFigureByItsActsDate(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2024-03-05", text).period()).isEqualTo(period);
    }
}
