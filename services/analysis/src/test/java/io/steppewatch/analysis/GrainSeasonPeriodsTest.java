package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A grain marketing year or season is a span of months: those the text gives right after it, else September to
 * August anchored by the publication date or by a season whose months the text states; `null` with neither
 * (round 23: grain marketing years and seasons).
 */
class GrainSeasonPeriodsTest {

    @ParameterizedTest(name = "{2} in \"{0}\" ({1})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In the previous marketing year, Kazakhstan exported 11 million tons of grain.                        | 2025-11-25 | 11 million      | 2024-09/2025-08
            В прошлом маркетинговом году Казахстан экспортировал 11 млн тонн зерна.                             | 2025-11-25 | 11 млн          | 2024-09/2025-08
            Au cours de la saison écoulée, le Kazakhstan a exporté 11 millions de tonnes de céréales.           | 2025-11-25 | 11 millions     | 2024-09/2025-08
            In the current marketing year, Kazakhstan has exported 3 million tons of grain.                      | 2025-03-10 | 3 million       | 2024-09/2025-08
            In the current marketing year, Kazakhstan has exported 3 million tons of grain.                      | null       | 3 million       | null
            Le Kazakhstan a exporté dix millions de tonnes de céréales sur l'ensemble de l'année agricole (septembre 2024 – août 2025). | null | dix millions | 2024-09/2025-08
            Le Kazakhstan a exporté dix millions de tonnes de céréales pendant l'année agricole en cours (septembre 2025 – août 2026). Au cours de la saison écoulée, ses exportations de céréales ont atteint 12 millions de tonnes. | null | 12 millions | 2024-09/2025-08
            """)
    void shouldDateAGrainSeasonAsItsMonths(String body, String published, String text, String period) {
        assertThat(figure(body, published, text).period()).isEqualTo(period);
    }
}
