package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sums in a currency that the standard's unit list lacks and that news writes in words (the Cypriot pound, the
 * shekel, the Hong Kong dollar) are no figure: before round 54 the words after the number were read as a counted noun
 * ("кипрских", "шекелей", "Hong"). A sum in a listed currency beside one stays.
 */
class UnlistedCurrencyWordsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Налоговые поступления острова достигли 412,5 миллиона кипрских фунтов.                        | 412,5
            Порог декларирования дохода подняли до 15 тысяч кипрских фунтов.                              | 15
            Нарушителям грозит штраф до 40 тыс. шекелей или арест.                                        | 40
            The ministry fined the importer 75,000 shekels for the mislabelled crates.                   | 75,000
            Brokers priced the shares at 143 Hong Kong dollars each before the listing.                  | 143
            The second listing could raise 65 billion Hong Kong dollars for the retailer.                | 65
            La cotation pourrait rapporter 20 milliards de dollars de Hong Kong au groupe.               | 20
            """)
    void shouldReportNoFigureWhenTheCurrencyIsOutsideTheStandardsList(String body, String text) {
        assertThat(figures(body)).noneMatch(f -> f.text().startsWith(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Штраф составит до 40 тыс. шекелей (380 тыс. рублей).                  | 380 тыс. рублей | 380000 | RUB
            The fine is 75,000 shekels, about 21,000 US dollars at today's rate. | 21,000 US dollars | 21000 | USD
            """)
    void shouldKeepTheListedCurrencyBesideAnUnlistedOne(String body, String text, double value, String unit) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.unit()).isEqualTo(unit);
    }
}
