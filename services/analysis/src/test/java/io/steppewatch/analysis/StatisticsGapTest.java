package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A gap between two sources' figures of the same trade ("the data differ by $144.5 million", "l'écart ... 7 milliards
 * de dollars", "расхождение ... $7 млрд") is `other`, not the trade it measures (gold-n), whatever trade word stands
 * nearer the sum ("The largest discrepancy concerns Uzbek exports ..."); the trade itself stays trade.
 */
class StatisticsGapTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2024, the trade figures of Kyrgyzstan and China differ by $144.5 million. | $144.5 million | other
            Between 2003 and 2023, the gap between Kyrgyz and Chinese trade statistics reached $7 billion. | $7 billion | other
            In 2024, trade between Kyrgyzstan and China reached $20 billion. | $20 billion | trade.turnover
            В 2024 году данные Кыргызстана и Китая о взаимной торговле расходятся на $144,5 млн. | $144,5 млн | other
            С 2003 по 2023 год расхождение между данными Кыргызстана и Китая достигло $7 млрд. | $7 млрд | other
            В 2024 году товарооборот Кыргызстана и Китая достиг $20 млрд. | $20 млрд | trade.turnover
            Entre 2003 et 2023, l'écart entre les chiffres kirghizes et chinois a atteint 7 milliards de dollars. | 7 milliards | other
            En 2024, les échanges entre le Kirghizistan et la Chine ont atteint 20 milliards de dollars. | 20 milliards | trade.turnover
            The largest discrepancy concerns Uzbek exports to Tajikistan, at $48.3 million in 2023. | $48.3 million | other
            Selon Bichkek, l'écart sur les importations venues du Kazakhstan atteint 61 millions de dollars. | 61 millions | other
            Uzbek exports to Tajikistan reached $48.3 million in 2023. | $48.3 million | trade.exports
            """)
    void shouldReadAGapBetweenTwoStatisticsAsOther(String body, String text, String metric) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2025, 6, 15), null),
                text);
        assertThat(found.metric()).isEqualTo(metric);
    }

    /** A trade word nearer the sum than the word of the gap names the gap's parties, not its metric. */
    @Test
    void shouldKeepTheTradesPartiesForAGap() {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", "The largest discrepancy concerns Uzbek "
                + "exports to Tajikistan, at $48.3 million in 2023.", LocalDate.of(2025, 6, 15), null), "$48.3 million");
        assertThat(found.subjects()).containsExactlyInAnyOrder("TJ", "UZ");
    }
}
