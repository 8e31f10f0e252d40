package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An English number scaled by millions or billions with nothing after it and no currency stated anywhere near is a
 * count of the things the sentence named before it ("shipments could top 40 million", "out of 2.3 million"): before
 * round 55 it waited for a currency and, finding none, was dropped. A currency stated near it still makes it a sum.
 */
class ScaledCountsWithoutCurrencyTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Analysts think tablet shipments could top 40 million next year.                      | 40 million  | 40000000
            Some 840,000 homes were still dark, out of 2.3 million served by the utility.        | 2.3 million | 2300000
            The census puts the city's residents at almost 8.4 million.                          | 8.4 million | 8400000
            Subscribers grew quickly and should reach 1.5 billion within three years.            | 1.5 billion | 1500000000
            """)
    void shouldCountAScaledNumberThatNoCurrencyClaims(String body, String text, double value) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.unit()).isEqualTo("count");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The group earned $3 billion last year and expects 4 billion this year. | 4 billion | USD
            """)
    void shouldKeepTheCurrencyStatedNearby(String body, String text, String unit) {
        assertThat(figure(body, text).unit()).isEqualTo(unit);
    }
}
