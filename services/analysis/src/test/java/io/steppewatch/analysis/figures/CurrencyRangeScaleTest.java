package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A range of sums whose currency sign stands before the first bound and whose scale word stands once after the second
 * ("$3-4 billion") gives two sums of that scale: the first bound is three billion dollars, not three dollars. Two
 * items joined by a coordination, and a first bound the scale would lift above the second, keep their own values.
 */
class CurrencyRangeScaleTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | the deal could add $3-4 billion a year               | $3=3e9 USD; 4 billion=4e9 USD
            en | the plant may cost $2.5 to $3 million                  | $2.5=2.5e6 USD; $3 million=3e6 USD
            ru | выручка составит $6–9 млрд к концу десятилетия         | $6=6e9 USD; 9 млрд=9e9 USD
            en | a grant of €1-2 million for the border post            | €1=1e6 EUR; 2 million=2e6 EUR
            en | it costs $400-1 billion by various counts              | $400=400 USD; 1 billion=1e9 USD
            en | the fee was $5 and 3 billion dollars went to roads     | $5=5 USD; 3 billion dollars=3e9 USD
            """)
    void shouldGiveTheFirstBoundTheScaleWrittenAfterTheSecond(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
