package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a text with no publication date, a relative year ("last year", "cette année", "в прошлом году") whose own
 * sentence compares it with a whole year is the year after that base ("last year ... 6% more than in 2022" is 2023);
 * a base may also be an aside that states a figure of its own ("(7 млн тонн в 2021 году)"). A relative year that is
 * itself a base beside such an aside ("(в 2023 году — 200 тыс. тонн) ... (в прошлом году — 450 тыс. тонн)") is that
 * same year. The year so stated dates the text's other relative periods. A dated text keeps its publication date.
 * Paragraphs are marked "¶".
 */
class RelativeYearAgainstBaseYearTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Last year the port handled 4.1 million tons of grain, 6% more than in 2022. | 4.1 million tons | | 2023
            Cette année, la récolte a atteint 21 millions de tonnes, en hausse de 3 % par rapport à 2023. | 21 millions de tonnes | | 2024
            В прошлом году в порту перевалили 9 млн тонн грузов (7 млн тонн в 2021 году). | 9 млн тонн | | 2022
            На внутренний рынок ушло 300 тыс. тонн (в 2023 году — 200 тыс. тонн), на экспорт — 500 тыс. тонн (в прошлом году — 450 тыс. тонн). | 450 тыс. тонн | | 2023
            Last year exports grew by 5% compared to 2022. ¶ In the first half of this year, imports came to $900 million. | $900 million | | 2024-01/2024-06
            Last year the port handled 4.1 million tons of grain, 6% more than in 2022. | 4.1 million tons | 2025-03-10 | 2024
            """)
    void shouldDateARelativeYearByTheYearItIsComparedWith(String body, String text, String published, String period) {
        String paragraphs = body.replace(" ¶ ", "\n\n");
        assertThat(AnalyzedFigures.figure(paragraphs, published, text).period()).isEqualTo(period);
    }
}
