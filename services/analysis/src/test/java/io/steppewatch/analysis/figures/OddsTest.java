package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 51: odds and proportions written "N in M" are one share in percent, not two counts ("1 in 4 shoppers" was a
 * count of 4 shoppers); a year, a unit or a word of time after the second number, or a first number not below it, make
 * no odds.
 */
class OddsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | nearly 1 in 4 shoppers now pay by phone             | 1 in 4=25 percent
            en | about six in 10 parents back the plan                | six in 10=60 percent
            en | she starts the race as a 3-in-4 favourite            | 3-in-4=75 percent
            en | one in every 10 pupils studies abroad                | one in every 10=10 percent
            en | there is 1 chance in 20,000 of a hit                 | 1 chance in 20,000=0.005 percent
            en | the risk is put at 1 in 2 million                    | 1 in 2 million=0.00005 percent
            en | the patrol caught 3 in 2019 alone                    | 3=3 count
            en | the shop sold 5 in 30 days                           | 5=5 count; 30 days=30 days
            en | the army lost 12 in 3 provinces                      | 12=12 count; 3 provinces=3 count
            """)
    void shouldReadOddsAsAShare(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
