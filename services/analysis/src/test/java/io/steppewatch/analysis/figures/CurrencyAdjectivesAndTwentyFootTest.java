package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian names a currency's country in an adjective before it ("американских долларов"), as the French and English
 * forms of the lexicon do; twenty-foot containers are TEU in Russian as in English ("twenty-foot containers"); a
 * Russian preposition after a scale word is no counted noun, so the sum takes the currency of its context.
 */
class CurrencyAdjectivesAndTwentyFootTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | Товарооборот достиг 640 миллионов американских долларов.         | 640 миллионов американских долларов=6.4e8 USD
            ru | Ущерб оценен в 3 млрд российских рублей.                         | 3 млрд российских рублей=3e9 RUB
            ru | Кредит составил 200 млн китайских юаней.                          | 200 млн китайских юаней=2e8 CNY
            ru | Терминал рассчитан на 250 тысяч 20-футовых контейнеров в год.    | 250 тысяч 20-футовых контейнеров=250000 TEU
            en | The yard can hold 3,000 20-foot containers.                      | 3,000 20-foot containers=3000 TEU
            ru | Завод за 2 млрд под Ташкентом обойдется в 2 млрд долларов.       | 2 млрд=2e9 USD; 2 млрд долларов=2e9 USD
            """)
    void shouldReadTheCurrencyAndTheContainerUnit(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
