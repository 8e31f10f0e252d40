package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A route named by a country and Central Asia joined by a dash links that country and the region's five (gold-n:
 * containers on the "China–Central Asia route" are China's and the five's).
 */
class RegionRouteTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            In January-April 2025, container shipments along the China–Central Asia route rose by 104 percent. | 104 percent | CN,KG,KZ,TJ,TM,UZ
            В январе-апреле 2025 года контейнерные перевозки по маршруту Китай – Центральная Азия выросли на 104 процента. | 104 процента | CN,KG,KZ,TJ,TM,UZ
            De janvier à avril 2025, les envois de conteneurs sur la route Chine–Asie centrale ont augmenté de 104 %. | 104 % | CN,KG,KZ,TJ,TM,UZ
            """)
    void shouldGiveARouteEndingInCentralAsiaTheFiveCountries(String body, String text, String subjects) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2025, 5, 23), null),
                text);
        assertThat(String.join(",", found.subjects())).isEqualTo(subjects);
    }
}
