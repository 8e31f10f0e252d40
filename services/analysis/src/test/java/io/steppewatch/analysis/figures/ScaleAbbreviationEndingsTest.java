package io.steppewatch.analysis.figures;

import static io.steppewatch.analysis.figures.SurfaceFigureText.describe;
import static io.steppewatch.analysis.figures.SurfaceFigureText.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Uzbek and Kazakh glue their case endings onto the abbreviated scale word as onto the spelt-out one ("$627 mlnlik",
 * "$520,1 млнга"): the number is millions or billions of its currency, not a sum of a few dollars. Same row format as
 * {@link FigureExtractorTest}.
 */
class ScaleAbbreviationEndingsTest {

    private final FigureExtractor extractor = FigureExtractor.withDefaults();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            uz | kompaniya $48,6 mlnlik kreditni qaytardi                      | $48,6 mlnlik=4.86E7 USD
            uz | ikki davlat savdosi $910 mlnga yetdi                          | $910 mlnga=9.1E8 USD
            uz | товар айирбошлаш ҳажми $734,2 млнга етди                      | $734,2 млнга=7.342E8 USD
            uz | экспорт $2,3 млрдга етди, импорт эса $415 млндан ошди          | $2,3 млрдга=2.3E9 USD; $415 млндан=4.15E8 USD
            uz | loyiha qiymati $1,2 trlnlik bo'ladi                           | $1,2 trlnlik=1.2E12 USD
            kk | тауар айналымы $640 млнға жетті                               | $640 млнға=6.4E8 USD
            """)
    void shouldScaleTheSumWhenCaseEndingIsGluedToScaleAbbreviation(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ru | объём вырос до $3,1 млн. Министерство сообщило об этом       | $3,1 млн=3100000 USD
            en | exports of $75 mln. Officials said                           | $75 mln=7.5E7 USD
            """)
    void shouldKeepTheSentenceDotWhenAbbreviationEndsTheSentence(String language, String text, String expected) {
        assertThat(describe(text, extractor.extract(text, language))).isEqualTo(parse(expected));
    }
}
