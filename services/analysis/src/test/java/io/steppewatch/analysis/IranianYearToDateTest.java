package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Since the beginning of the current Iranian year" counts the months from the March the Iranian year started in
 * (21 March) up to the publication, as "since the beginning of the year" counts from January.
 */
class IranianYearToDateTest {

    @ParameterizedTest(name = "\"{0}\" ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            Since the beginning of the current Iranian year, the port has handled 400,000 tons of transit cargo. | 2026-02-14 | 400,000 tons | 2025-03/2026-02
            С начала текущего иранского года (с 21 марта 2024 года) порт принял 400 тысяч тонн транзитных грузов. | 2024-10-05 | 400 тысяч тонн | 2024-03/2024-10
            Depuis le début de l'année iranienne, le port a traité 400 000 tonnes de fret en transit.             | 2024-06-01 | 400 000 tonnes | 2024-03/2024-05
            """)
    void shouldCountTheIranianYearFromMarch(String body, String published, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
