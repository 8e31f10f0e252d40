package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tonnes of a product a country is said to ship are that product's flow, {@code other}, in total as well as to a
 * named buyer (round 26: a commodity in tonnes shipped abroad); a railway that ships them, or freight in general, keeps
 * {@code cargo.volume}.
 */
class CountryShipsAProductTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023 Kyrgyzstan shipped almost 40,000 tons of dried apricots to eleven different markets.   | 40,000 tons | other
            Over the season Tajikistan has shipped some 12,000 tons of cotton.                              | 12,000 tons | other
            Over the season Kyrgyz Railways shipped some 12,000 tons of cotton.                             | 12,000 tons | cargo.volume
            Over the season Tajikistan has shipped some 12,000 tons of cargo.                               | 12,000 tons | cargo.volume
            """)
    void shouldReadAProductACountryShipsAsItsFlow(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
