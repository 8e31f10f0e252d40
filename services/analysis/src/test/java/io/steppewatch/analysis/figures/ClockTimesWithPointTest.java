package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Languages that write decimals with a comma write the time of day with a point ("в 21.45"): an hour, a point and two
 * digits of minutes are no figure. A point number with a unit, a scale word or a currency stays a decimal, as English
 * writes it.
 */
class ClockTimesWithPointTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | 12 марта в 21.45 двое нарушителей пересекли границу                   |
            ru | 5 мая около 7.05 четверо задержанных доставлены на заставу, 3 автомата | 3 автомата=3 count
            fr | le 4 juin à 18.30 deux camions ont franchi le poste                    |
            ru | экспорт вырос на 5.96 млрд долларов                                    | 5.96 млрд долларов=5.96E9 USD
            ru | грузооборот увеличился в 1.25 раза                                      | 1.25 раза=1.25 times
            fr | une hausse de 12.50 %                                                    | 12.50 %=12.5 percent
            """)
    void shouldReadNoFigureWhenAPointSeparatesHoursAndMinutes(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
