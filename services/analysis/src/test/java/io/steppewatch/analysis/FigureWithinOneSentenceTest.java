package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static io.steppewatch.analysis.AnalyzedFigures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No sentence ends inside a figure: when an abbreviated scale word's dot is read as a sentence end ("12.7 mln.
 * Dollars": a capitalised word follows), the figure still runs on to its unit, and the sentence is joined so the
 * rules read the figure's whole sentence (here its month).
 */
class FigureWithinOneSentenceTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Exports to China reached 12.7 mln. Dollars in March.           | 12.7 mln. Dollars   | 1.27E7
            Exports to China reached 12.7 mlrd. Dollars in March.          | 12.7 mlrd. Dollars  | 1.27E10
            Exports to China reached 12.7 Mio. EUR in March.               | 12.7 Mio. EUR       | 1.27E7
            Grain exports reached 12.7 thsd. Tonnes in March.              | 12.7 thsd. Tonnes   | 12700
            Экспорт в Китай достиг 12,7 млн. Долларов в марте.             | 12,7 млн. Долларов  | 1.27E7
            Экспорт зерна в Китай составил 12,7 тыс. Тонн в марте.         | 12,7 тыс. Тонн      | 12700
            Экспорт в Узбекистан составил 12,7 трлн. Сумов в марте.        | 12,7 трлн. Сумов    | 1.27E13
            Les exportations vers la Chine ont atteint 12,7 Mio. EUR en mars. | 12,7 Mio. EUR    | 1.27E7
            """)
    void shouldKeepAFigureSplitByAnAbbreviationInOneSentence(String body, String text, double value) {
        ExtractedFigure found = figure(body.strip(), text);
        assertThat(found.text()).isEqualTo(text);
        assertThat(found.value()).isEqualTo(value);
        assertThat(found.sentence()).contains(text).endsWith(".");
        assertThat(found.period()).isEqualTo("2024-03");
        assertThat(figures(body.strip())).hasSize(1);
    }
}
