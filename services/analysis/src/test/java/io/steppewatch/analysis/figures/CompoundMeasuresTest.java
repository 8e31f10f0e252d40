package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One weight written in descending units ("1 тонну 412 кг", "5 kilograms 873 grams") is one figure, the sum of its
 * parts; two weights a comma or a word separates stay two figures.
 */
class CompoundMeasuresTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | таможня задержала 2 тонны 150 кг табака                 | 2 тонны 150 кг=2.15 t
            ru | за год изъято свыше 3 тонн 40 кг наркотиков               | 3 тонн 40 кг=3.04 t
            ru | всего 1 тонну 705,5 килограмма серебра вывезли            | 1 тонну 705,5 килограмма=1.7055 t
            ru | в тайнике нашли 6 тонн 12 кг 450 г опия                   | 6 тонн 12 кг 450 г=6.01245 t
            en | police seized 7 kilograms 250 grams of heroin              | 7 kilograms 250 grams=0.00725 t
            en | the two trucks carried 4 tonnes, 300 kg more than allowed  | 4 tonnes=4 t; 300 kg=0.3 t
            en | one load weighed 2 tonnes and another 900 kg               | 2 tonnes=2 t; 900 kg=0.9 t
            ru | в 2023 г. ввезли 5 кг золота                               | 5 кг=0.005 t
            """)
    void shouldJoinThePartsOfOneWeight(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
