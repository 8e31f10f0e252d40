package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dash that links two names ("China–Europe", "Казахстан — Китай") is part of a route's name, not the end of a
 * clause: a headline's own year after it dates the headline's figure (round 23: a headline figure takes the period
 * its own words give); a dash that opens a clause still ends the figure's.
 */
class DashLinkedNamesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Altynkol handled over 5,000 China–Europe container trains in 2023                  | 5,000   | 2023
            Более 6 тысяч вагонов прошли по железной дороге Казахстан — Китай в 2023 году       | 6 тысяч | 2023
            Almost 6,000 wagons crossed the border — the operator expects more in 2023          | 6,000   | null
            """)
    void shouldReadAHeadlinesYearPastADashBetweenNames(String title, String text, String period) {
        ArticleText article = new ArticleText("t", title, "The operator reported the figures.", LocalDate.of(2024, 1, 5),
                null);
        assertThat(figure(article, text).period()).isEqualTo(period);
    }
}
