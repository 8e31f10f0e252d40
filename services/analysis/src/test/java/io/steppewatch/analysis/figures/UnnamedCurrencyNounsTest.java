package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scaled number before "grant" or "worth" is a sum whose currency the text leaves to its context, as before "loan"
 * or "funding": it takes the currency stated nearby, and with none in the text it is no figure; it is never a count of
 * grants.
 */
class UnnamedCurrencyNounsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en | Bank backs a dam with 120 million grant. The $120 million covers turbines. | 120 million grant=1.2E8 USD; $120 million=1.2E8 USD
            en | Roughly 400 million worth of roads were finished along the line.          |
            ru | Банк выделил 80 млн гранта, а всего обещано $200 млн.                     | 80 млн гранта=8E7 USD; $200 млн=2E8 USD
            """)
    void shouldReadTheNumberAsASumInTheContextsCurrency(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
