package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;

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
        String found = ReportedFigures.of(analyzer, "Energiya", body, language);
        assertThat(found).isEqualTo(expected == null ? "" : expected);
    }
}
