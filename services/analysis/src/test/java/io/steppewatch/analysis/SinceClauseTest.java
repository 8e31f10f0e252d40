package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A "since" clause that says when something began ("since the pandemic began in 2020", "depuis que le pays a
 * obtenu son indépendance en 1991") counts from that year's January to the publication month, as "since 2022" does
 * (team a's cumulative spans; a rate or a multiple since a year takes the span to the publication month); in an
 * undated text the span has no known end, so no period, where the year alone was read before. A start noun ("since its
 * launch in 2015") keeps its reading: no period.
 */
class SinceClauseTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-27 | The Kyrgyz economy has expanded quickly since the conflict in Ukraine began in 2022, growing at an average annual rate of about 9%. | 9% | 2022-01/2026-02
            2019-08-20 | Since China and Uzbekistan established diplomatic relations in 1992, their trade has grown 40 times. | 40 times | 1992-01/2019-08
            null | Depuis que le Turkménistan est devenu indépendant en 1991, des sociétés turques y ont mené des chantiers pour 45 milliards de dollars. | 45 milliards | null
            2025-10-22 | Since its launch in 2015, the line has carried 450 million tons. | 450 million | null
            """)
    void shouldCountFromTheYearASinceClauseNames(String published, String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "null".equals(published) ? null : published, text).period())
                .isEqualTo("null".equals(period) ? null : period);
    }
}
