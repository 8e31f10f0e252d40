package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A ban until October 15, 2024", "jusqu'au 15 octobre 2024", "до 15 октября 2024 года": the day or month a measure
 * holds until is its end, not a period the figures after it cover (the standard: a period is what the text says the
 * figure covers); a quota or goal it closes takes its year, as "by 2030" gives a target its year. A span it closes
 * stays a span.
 */
class UntilDateTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The government banned exports of onions until October 15, 2024. Stocks in warehouses amount to 90,000 tons. | 90,000 tons | null
            Le gouvernement a interdit l'exportation d'oignons jusqu'au 15 octobre 2024. Les stocks des entrepôts s'élèvent à 90 000 tonnes. | 90 000 tonnes | null
            Правительство запретило вывоз лука до 15 октября 2024 года. Запасы на складах составляют 90 тысяч тонн. | 90 тысяч тонн | null
            The quota allows duty-free imports of 50,000 tons of sugar until December 31, 2025. | 50,000 tons | 2025
            Exports of grain reached 2 million tons from June 1 until August 31, 2024. | 2 million tons | 2024-06/2024-08
            С 1 июня до 31 августа 2024 года экспорт зерна составил 2 млн тонн. | 2 млн тонн | 2024-06/2024-08
            """)
    void shouldNotDateFiguresByTheDayAMeasureHoldsUntil(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2024-06-10", text).period())
                .isEqualTo("null".equals(period) ? null : period);
    }
}
