package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;

/**
 * Round 51: power, torque, voltage, temperature, light-years, electronvolts, fuel economy and milligrams per
 * decilitre are measures the standard has no unit for; a number before one is read so that it counts nothing (no
 * "250 count" of horsepower), and not reported. Sentences in the shape of the open corpus's car, science and health
 * pages.
 */
class UnlistedMeasuresOfRealWritingTest {

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The engine makes 250 horsepower and 380 lb-ft of torque.                    |
            en | A 300-horsepower motor drives the rear wheels.                              |
            en | The new pack runs at 48 volts, up from 36 volts.                            |
            en | Butter melts at about 90 degrees Fahrenheit.                                |
            en | The probe measured the gas at 3 Kelvin.                                     |
            en | The cluster lies 2,300 light-years away and emits photons above 50 GeV.     |
            en | The hybrid is rated at 54 miles per gallon.                                 |
            en | Doctors advise keeping cholesterol below 190 mg/dL.                         |
            ru | Двигатель мощностью 150 лошадиных сил.                                      |
            ru | Температура в городе поднялась до 42 градусов.                              |
            fr | La température a atteint 38 degrés à Tachkent.                              |
            en | Most readers were moved to one degree or another.                          |
            en | The plant employs 400 workers and its boiler runs at 540 degrees.           | 400 count
            """)
    void shouldReportNoFigureInAnUnlistedMeasure(String language, String body, String expected) {
        String found = ReportedFigures.of(analyzer, "Measures", body, language);
        assertThat(found).isEqualTo(expected == null ? "" : expected);
    }
}
