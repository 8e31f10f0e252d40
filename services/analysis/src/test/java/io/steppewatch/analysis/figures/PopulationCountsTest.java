package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scaled number after a word for a population, or for a country with "of" or "de", counts the people living there
 * when nothing is counted after it: the writer leaves the people out, and the sum of the article's currency is not
 * theirs. A country that earns or spends a scaled number still states a sum.
 */
class PopulationCountsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | The republic, a country of nearly 7 million, took a loan of $300 million. | 7 million=7e6 count; $300 million=3e8 USD
            en | It has a population of 12 million and exports worth $4 billion.           | 12 million=1.2e7 count; $4 billion=4e9 USD
            fr | Le pays, d'une population d'environ 10 millions, a reçu 50 millions de dollars. | 10 millions=1e7 count; 50 millions de dollars=5e7 USD
            ru | Для страны с населением более 9 млн, по словам министра, кредит в $200 млн велик. | 9 млн=9e6 count; $200 млн=2e8 USD
            en | The country earned 169 million from gas sales, after $150 million in 2022.   | 169 million=1.69e8 USD; $150 million=1.5e8 USD
            """)
    void shouldCountThePeopleOfAPopulation(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
