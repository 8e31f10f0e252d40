package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A grain season written with its two years is a span of months, never one year nor no period (round 23's decision on
 * marketing years: "the months the text gives, else September to August"): months that run across the pair are
 * those months, a marketing year named by the pair is September to August, or the twelve months up to the month the
 * text says it ends with. A year pair with no season words, or a season of something other than grain, stays
 * without a period.
 */
class GrainSeasonYearPairTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            В сентябре-январе 2024/2025 годов экспорт пшеницы в Таджикистан составил 800 тыс. тонн. | 800 тыс. тонн | 2024-09/2025-01
            За июль-апрель сезона-2021/22 экспорт муки вырос до 1,2 млн тонн. | 1,2 млн тонн | 2021-07/2022-04
            Kazakhstan sold 9 million tonnes of wheat abroad in the 2022/23 marketing year. | 9 million tonnes | 2022-09/2023-08
            Flour exports reached 2 million tonnes in the 2018/19 marketing year, which runs until June 30. | 2 million tonnes | 2018-07/2019-06
            The government spent $3 billion on roads in fiscal 2022-23. | $3 billion |
            The 2023/24 tourist season brought 5 million visitors to the lake. | 5 million |
            """)
    void shouldReadASeasonFromItsTwoYears(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, null, text).period()).isEqualTo(period);
    }
}
