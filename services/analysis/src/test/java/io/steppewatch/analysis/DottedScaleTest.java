package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.steppewatch.analysis.text.Sentences;

/**
 * A scale word abbreviated with a dot ("12.7 bn. US dollars", "12,7 mds. de dollars") scales its number like the
 * word without the dot, before a currency word or sign, a unit or a counted noun, and ends no sentence there. When
 * the dot also ends the sentence, the next sentence's first word is not taken as what the figure counts.
 */
class DottedScaleTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Exports to China reached 12.7 bn. US dollars in March.                   | 12.7 bn. US dollars     | 1.27E10 | USD
            The fund held some 1.1 tn. dollars in March.                             | 1.1 tn. dollars         | 1.1E12  | USD
            The fund held some 1.1 trn. US dollars in March.                         | 1.1 trn. US dollars     | 1.1E12  | USD
            Grain exports to China reached 1.2 mn. tonnes in March.                  | 1.2 mn. tonnes          | 1.2E6   | t
            The railway carried 1.5 mn. passengers in March.                         | 1.5 mn. passengers      | 1.5E6   | count
            Exports to China reached 12.7 Mrd. EUR in March.                         | 12.7 Mrd. EUR           | 1.27E10 | EUR
            Les exportations vers la Chine ont atteint 12,7 mds. de dollars en mars. | 12,7 mds. de dollars    | 1.27E10 | USD
            Les exportations vers la Chine ont atteint 12,7 Mds. € en mars.          | 12,7 Mds. €             | 1.27E10 | EUR
            Les exportations vers la Chine ont atteint 12,7 Md. d'euros en mars.     | 12,7 Md. d'euros        | 1.27E10 | EUR
            Les exportations vers la Chine ont atteint 1,2 mrds. de tonnes en mars.  | 1,2 mrds. de tonnes     | 1.2E9   | t
            Экспорт в Китай в марте достиг 12,7 млрд. долларов США.                  | 12,7 млрд. долларов     | 1.27E10 | USD
            Наурызда Қытайға экспорт 12,7 млрд. АҚШ доллары болды.                   | 12,7 млрд. АҚШ доллары  | 1.27E10 | USD
            Mart oyida Xitoyga eksport 12,7 mlrd. AQSh dollarini tashkil etdi.       | 12,7 mlrd. AQSh dollari | 1.27E10 | USD
            """)
    void shouldScaleAFigureByAnAbbreviationWithADot(String body, String text, double value, String unit) {
        ExtractedFigure found = figure(body.strip(), text);
        assertThat(found.value()).isEqualTo(value);
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(Sentences.split(body.strip())).hasSize(1);
        assertThat(figures(body.strip())).hasSize(1);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Trade with China reached $40 bn. in 2023. Exports then reached 12.7 bn. The ministry said so on Monday. | 12.7 bn
            Товарооборот в 2023 году достиг $40 млрд. Экспорт в марте составил 12,7 млн. Министерство сообщило об этом. | 12,7 млн
            """)
    void shouldTakeNoCountedNounFromTheNextSentence(String body, String text) {
        ExtractedFigure found = figure(body.strip(), text);
        assertThat(found.text()).isEqualTo(text);
        assertThat(found.unit()).isEqualTo("USD");
        assertThat(Sentences.split(body.strip())).hasSize(3);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Exports to China reached $12.7 m in March.      | $12.7 m  | 1.27E7  | USD
            Exports to China reached $12.7 b. in March.     | $12.7 b  | 1.27E10 | USD
            Exports to China reached US$ 3 k in March.      | US$ 3 k  | 3000    | USD
            The new quay of the port is 12 m long.          | 12 m     | 12      | m
            """)
    void shouldScaleASumByALetterWrittenApartAfterItsCurrencySign(String body, String text, double value, String unit) {
        ExtractedFigure found = figure(body.strip(), text);
        assertThat(found.value()).isEqualTo(value);
        assertThat(found.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Flats in Tashkent sold for $1,200 m2 on average in March. | $1,200 | 1200
            """)
    void shouldNotScaleASumBeforeASquareMetre(String body, String text, double value) {
        assertThat(figure(body.strip(), text).value()).isEqualTo(value);
    }
}
