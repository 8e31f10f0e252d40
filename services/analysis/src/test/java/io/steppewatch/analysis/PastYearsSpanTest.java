package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Over the past N years" in a dated text covers the N whole years before the year of publication: the span's own
 * number of years takes that range, and so does a percentage change over it (LABEL-FIXES, 2026-12-03). An undated
 * text gives the span no anchor.
 */
class PastYearsSpanTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Over the past six years, rail freight between the two neighbours has kept growing. | six years | 2024-10-02 | 2018-01/2023-12
            За последние шесть лет железнодорожные перевозки между соседями постоянно росли. | шесть лет | 2024-10-02 | 2018-01/2023-12
            Au cours des 12 dernières années, le fret ferroviaire entre les deux voisins a progressé. | 12 dernières | 2024-10-02 | 2012-01/2023-12
            Соңғы 6 жылда теміржол жүк тасымалы екі есе өсті. | 6 жыл | 2024-10-02 | 2018-01/2023-12
            So'nggi 6 yilda temir yo'l yuk tashish hajmi ikki barobar oshdi. | 6 yil | 2024-10-02 | 2018-01/2023-12
            Over the past six years, rail freight between the two neighbours has kept growing. | six years | | 
            """)
    void shouldDateTheSpanByTheWholeYearsBeforePublication(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Over the last four years, wheat exports to Afghanistan rose by 37 percent. | 37 percent | 2021-01/2024-12
            За последние четыре года экспорт пшеницы в Афганистан вырос на 37%. | 37% | 2021-01/2024-12
            """)
    void shouldDateAPercentageChangeOverTheSpan(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2025-06-18", text).period()).isEqualTo(period);
    }
}
