package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure stated as of a time of day ("As of 09:30", "по состоянию на 18.00") stands on the day the news came out:
 * the publication month, as "as of now" gives it (team a: a stock stated as current); undated, it has none. Written
 * in capitals after other words opened by "a" or "п", the phrase is still found (its scan tests the second char first).
 */
class ClockTimeNowTest {

    @ParameterizedTest(name = "\"{0}\" ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            As of 09:30, 318 lorries were waiting at the Kordai crossing on the Kazakh-Kyrgyz border. | 2025-03-05 | 318 | 2025-03
            По состоянию на 18.00 у пункта пропуска Кордай в очереди стояли 318 грузовиков. | 2025-03-05 | 318 | 2025-03
            As of 09:30, 318 lorries were waiting at the Kordai crossing on the Kazakh-Kyrgyz border. | | 318 |
            At the Kordai post a count made AS OF 09:30 gave 318 lorries waiting. | 2025-03-05 | 318 | 2025-03
            На пункте Кордай ПО СОСТОЯНИЮ НА 18.00 в очереди стояли 318 грузовиков. | 2025-03-05 | 318 | 2025-03
            """)
    void shouldDateAFigureAsOfATimeOfDayByThePublication(String body, LocalDate published, String text, String period) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, published, null), text);
        assertThat(found.period()).isEqualTo(period);
    }
}
