package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two months in a row joined by "and" ("in March and April 2022", "en mars et avril", "This June and early July")
 * state the span of both, as "March-April" does; two months apart ("in March and May") are not the months between.
 */
class PairedMonthsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In March and April 2022, Tajikistan sold 41,000 tonnes of cotton to Iran. | 41,000 | 2022-03/2022-04
            En mars et avril 2022, le Tadjikistan a vendu 41 000 tonnes de coton à l'Iran. | 41 000 | 2022-03/2022-04
            В марте и апреле 2022 года Таджикистан продал Ирану 41 000 тонн хлопка. | 41 000 | 2022-03/2022-04
            This June and early July, Tajikistan sold 41,000 tonnes of cotton to Iran. | 41,000 | 2024-06/2024-07
            """)
    void shouldReadTwoMonthsInARowAsOneSpan(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2024-07-10", text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In March and May 2022, Tajikistan sold 41,000 tonnes of cotton to Iran.
            Exports reached 41,000 tonnes in April and may grow further this year.
            """)
    void shouldNotJoinMonthsThatAreNotInARow(String body) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, LocalDate.of(2022, 7, 10), null));
        assertThat(analysis.figures()).isNotEmpty()
                .noneMatch(f -> "2022-03/2022-05".equals(f.period()) || "2022-04/2022-05".equals(f.period()));
    }
}
