package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number that names a model of aircraft or equipment counts nothing (the labels leave names with digits out): after a
 * maker or a word of model, before a model's own name, or a three-digit family joined by a hyphen to a smaller variant.
 * A count written before a designation stays a count of what the designation names, and is not read as one number with
 * it; a number the text has named a model with is that name again when it stands alone.
 */
class ModelDesignationsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The carrier will lease a Boeing 737 from a Turkish lessor.                 | ``
            en | Its fleet now includes an Embraer EMB 190 Regional Jet.                   | ``
            en | The jets were Airbus 300-600s bought second-hand.                          | ``
            ru | Авиакомпания получила первый Боинг 767 в прошлом месяце.                   | ``
            fr | La compagnie exploite deux Boeing 777 depuis Tachkent.                     | ``
            en | The 767 Dreamliners of the fleet need new engines.                         | ``
            en | With more seats, the 777-200 lets the airline fly further.                 | ``
            fr | La compagnie a choisi le 737-8 pour ses lignes régionales.                 | ``
            en | The airline signed for up to 12 767 Dreamliners on Monday.                 | 12 767 Dreamliners=12 count
            en | The deal covers 9 777-200 aircraft and a simulator.                        | 9 777-200 aircraft=9 count
            en | The company bought 8 Dreamliners last year.                                | 8 Dreamliners=8 count
            en | The Boeing 757 fleet is old; each 757 needs repairs, the airline said.     | ``
            en | The port handled 10-12 ships and 150-200 trucks a day.                     | 10=10 count; 12 ships=12 count; 150=150 count; 200 trucks=200 count
            ru | Экспорт составил 1 200-1 500 тонн в месяц.                                 | 1 200=1200 t; 1 500 тонн=1500 t
            ru | Перевезено 22 300 тонн грузов.                                              | 22 300 тонн=22300 t
            en | The region shipped 22 300 tonnes of wheat.                                 | 22 300 tonnes=22300 t
            """)
    void shouldReadNoCountInTheNameOfAModel(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
