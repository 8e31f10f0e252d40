package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;

/**
 * Round 44: the bale is a unit of cotton the standard has no unit for (a unit not in the list, like the kilowatt-hour
 * and the barrel), so a number of bales is read, so that it is no count, and not reported; the French and Russian
 * forms only with their cotton, since "balles" are also bullets, which are counted.
 */
class UnlistedBalesTest {

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The mills there use some 1.2 million bales a year.                          |
            fr | La récolte de la province a atteint 300 000 balles de coton.              |
            ru | В хозяйствах собрано 150 тысяч кип хлопка.                                 |
            en | The mills bought 40,000 tonnes of lint, or about 180,000 bales.           | 40000 t
            fr | Les gardes ont saisi 200 balles et deux fusils.                            | 200 count
            """)
    void shouldReportNoFigureInBales(String language, String body, String expected) {
        String found = ReportedFigures.of(analyzer, "Cotton", body, language);
        assertThat(found).isEqualTo(expected == null ? "" : expected);
    }
}
