package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Business news abbreviate the first months of a year: "in 7M'23", "in 10M22", "in 10M2022". They are a period
 * (gold-n: a title "in 7M’23" states {@code 2023-01/2023-07}), and neither the months nor the year's digits are
 * figures.
 */
class AbbreviatedMonthsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Cargo handled at Kuryk port in Kazakhstan in 7M'23 rose by 19% to 1.9 million tonnes | 19% | 2023-01/2023-07
            Cargo handled at Kuryk port in Kazakhstan in 7M’23 rose by 19% to 1.9 million tonnes | 1.9 million | 2023-01/2023-07
            Перевалка в порту Актау за 7M'23 выросла на 24% до 2,6 млн тонн | 24% | 2023-01/2023-07
            Le trafic du port d'Aktaou en 7M'23 a progressé de 24 % à 2,6 millions de tonnes | 24 % | 2023-01/2023-07
            """)
    void shouldReadAnAbbreviatedSpanOfMonthsInATitle(String title, String text, String period) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", title, "The port handled grain and metal.",
                LocalDate.of(2023, 9, 4), null));
        Optional<ExtractedFigure> found = analysis.figures().stream().filter(f -> f.text().startsWith(text)).findFirst();
        assertThat(found).as("figure '%s' in %s", text, analysis.figures()).isPresent();
        assertThat(found.get().period()).isEqualTo(period);
        assertThat(analysis.figures()).noneMatch(f -> f.value() == 23.0 || f.value() == 7.0);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Kyrgyz cement exports to Uzbekistan fell 30.6 percent to $16.8 million ($24.2 million in 10M2022).
            Экспорт кыргызского цемента в Узбекистан снизился на 30,6% до $16,8 млн ($24,2 млн за 10M2022).
            Les exportations de ciment kirghize vers l'Ouzbékistan ont baissé de 30,6 % à 16,8 millions de dollars (24,2 millions en 10M2022).
            Kyrgyz cement exports to Uzbekistan fell 30.6 percent to $16.8 million ($24.2 million in 10M22).
            Uzbek grain sales to Afghanistan were worth $16.8 million in 10M22, twice as much as a year before.
            """)
    void shouldNotReadTheMonthsOfAnAbbreviationAsMillions(String body) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, LocalDate.of(2023, 12, 18), null));
        assertThat(analysis.figures())
                .noneMatch(f -> f.value() == 10_000_000.0 || f.value() == 22.0 || f.text().startsWith("10M"));
    }
}
