package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first months of a grain season named by its two years cover those months of the season, not the whole season nor
 * the first months of its first calendar year (LABEL-FIXES, grain marketing years and seasons: "the months the text
 * gives, else September to August"); months in brackets after the season, or months the text gives that season
 * elsewhere, are the text's own; the same period of the season before is those months a year earlier.
 */
class SeasonMonthsPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In the first six months of the 2023/24 marketing year, Kazakhstan shipped 2.4 million tonnes of wheat to Uzbekistan. | 2.4 million tonnes | 2024-04-10 | 2023-09/2024-02
            In the first six months of the 2023/24 marketing year, Kazakhstan shipped 2.4 million tonnes of wheat to Uzbekistan. That is 40% above the same period of last season (1.7 million tonnes). | 1.7 million tonnes | 2024-04-10 | 2022-09/2023-02
            За 4 месяца 2021/22 МГ (июль-октябрь) Казахстан отгрузил в Таджикистан 410 тыс. тонн муки. | 410 тыс. тонн | | 2021-07/2021-10
            Au cours des sept premiers mois de la campagne 2022/23, le Kazakhstan a exporté 3,1 millions de tonnes de blé. | 3,1 millions de tonnes | 2023-05-02 | 2022-09/2023-03
            In the 2023/24 marketing year, Kazakhstan shipped 5.1 million tonnes of wheat to Uzbekistan. | 5.1 million tonnes | 2024-10-01 | 2023-09/2024-08
            За июль-март сезона-2023/24 Казахстан отправил в Узбекистан 2,2 млн тонн пшеницы. За 9 месяцев 2023/2024 МГ отгрузки муки в Афганистан составили 610 тыс. тонн. | 610 тыс. тонн | | 2023-07/2024-03
            """)
    void shouldGiveTheFirstMonthsOfASeasonTheirMonths(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
