package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A percentage set against the same period of an earlier year ("compared with the same period of 2023", "по
 * сравнению с аналогичным периодом", "par rapport à la même période") is a change, even when the word of change opens
 * the sentence far from the figure; a period named only to date a level ("in the same period", "за аналогичный
 * период") leaves shares and sums as they are. A year after "аналогичного периода" (the same period's, in the
 * genitive) is a base too: the sentences after it go on with the period the text set, not with that year.
 */
class SamePeriodComparisonTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Рост товарооборота между Казахстаном и Китаем по сравнению с аналогичным периодом прошлого года составил 7,4%. | 7,4%  | trade.turnover
            The growth of trade between Uzbekistan and Turkey compared with the same period of 2023 was 11.5%.            | 11.5% | trade.turnover
            La croissance des échanges entre le Kazakhstan et la Turquie par rapport à la même période de 2023 a été de 6,2 %. | 6,2 % | trade.turnover
            """)
    void shouldReadAChangeWhenAPercentageIsComparedWithTheSamePeriod(String body, String text, String metric) {
        ExtractedFigure found = figure(body, text);
        assertThat(found.measure()).as("measure").isEqualTo(Measure.CHANGE);
        assertThat(found.metric()).as("metric").isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In the first half of 2025, 410 container trains left the terminal, 18 % above the same period in 2024. | 18 %               | CHANGE
            China accounted for 15% of Kazakhstan's trade, against 12% in the same period of 2023.               | 12%                | SHARE
            За аналогичный период поставлено 50 килограммов золота на 700 тысяч долларов.                        | 700 тысяч долларов | AMOUNT
            """)
    void shouldReadTheMeasureTheComparisonGives(String body, String text, Measure measure) {
        assertThat(figure(body, text).measure()).isEqualTo(measure);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Товарооборот Узбекистана с Турцией за девять месяцев этого года составил $2,1 млрд, что на 12% больше показателя аналогичного периода 2022 года. Экспорт в Турцию составил $900 млн. | $900 млн | 2023-01/2023-09
            Товарооборот Узбекистана с Турцией за девять месяцев этого года составил $2,1 млрд, что выше уровня соответствующего периода 2022 года. Экспорт в Турцию составил $900 млн. | $900 млн | 2023-01/2023-09
            """)
    void shouldGoOnWithTheTextsPeriodAfterABaseInTheGenitive(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2023-11-20", text).period()).isEqualTo(period);
    }
}
