package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Russian age told right after a person's name ("Антону Петрову 27 лет.", "Игорю Ланге - 45 лет,", "Ольга Серова (38
 * лет)") is no figure, as the labels leave ages out: before round 55 each was reported as a number of years. A span
 * after a single name ("Казахстану 30 лет", a country's anniversary) stays a figure.
 */
class RussianAgesAfterNamesTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Антону Петрову 27 лет, и он уже руководит отделом продаж.          | 27
            Из музыкантов группы Игорю Ланге - 45 лет, остальные моложе.       | 45
            Гонщику Михаилу Зуеву 33 года и он выиграл этап впервые.           | 33
            В списке кандидатов Ольга Серова (38 лет) идёт второй.             | 38
            """)
    void shouldReportNoYearsForAnAgeAfterAName(String body, String number) {
        assertThat(figures(body)).noneMatch(f -> f.text().startsWith(number + " "));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            В этом году Казахстану 30 лет как независимому государству. | 30 лет | 30
            """)
    void shouldKeepTheYearsAfterASingleName(String body, String text, double value) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.unit()).isEqualTo("years");
    }
}
