package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;
import io.steppewatch.analysis.ArticleText;
import io.steppewatch.analysis.ExtractedFigure;

/**
 * Round 44: the Uzbek abbreviation of the kilowatt-hour written in two words ("kVt soat", "кВт соат") is the energy
 * unit the standard has no unit for, read and not reported; before, the scaled number took the currency of the
 * article and became a sum. The sum beside it stays.
 */
class UzbekKilowattHoursTest {

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            uz | Qo‘shni davlatga $40 mln evaziga 1,4 mlrd kVt soat elektr energiyasi sotildi.     | 40000000 USD
            uz | Qo‘shni davlatga $40 mln evaziga 1,4 mlrd кВт соат elektr energiyasi sotildi.     | 40000000 USD
            """)
    void shouldReportNoFigureInKilowattHours(String language, String body, String expected) {
        ArticleText article = new ArticleText("t", "Energiya", body, LocalDate.of(2024, 6, 1), language);
        String found = String.join(", ", analyzer.analyze(article).figures().stream()
                .map(UzbekKilowattHoursTest::describe).toList());
        assertThat(found).isEqualTo(expected == null ? "" : expected);
    }

    private static String describe(ExtractedFigure figure) {
        double value = figure.value();
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return number + " " + figure.unit();
    }
}
