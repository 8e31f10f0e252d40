package io.steppewatch.analysis.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.ArticleAnalyzer;

/**
 * Round 51: a speed in kilometres or miles an hour is read, so that its number is no count or length, and not
 * reported: the standard's unit list has no such unit (the open corpus's car and storm pages write many).
 */
class UnreportedSpeedsTest {

    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The new coupe reaches 100 km/h in 4.2 seconds and tops out at 155 mph.   |
            en | The sedan gets from 0-60 mph in under five seconds.                     |
            en | Gusts of 70 miles per hour were recorded on the coast.                  |
            fr | Le nouveau train roule à 160 km/h entre les deux villes.                |
            ru | Поезд разгоняется до 120 км/ч на новом участке.                         |
            en | The trains will run at 80 km/h on the 420 km line.                      | 420 km
            """)
    void shouldReportNoSpeed(String language, String body, String expected) {
        String found = ReportedFigures.of(analyzer, "Speeds", body, language);
        assertThat(found).isEqualTo(expected == null ? "" : expected);
    }
}
