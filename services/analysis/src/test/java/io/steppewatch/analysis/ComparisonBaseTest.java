package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a comparison is measured against is its base, however it is worded: an English equative ("twice as large as in
 * 2021", "the same level as during 2020") or a Russian comparative with what it exceeds in the genitive ("в 3 раза
 * больше первого квартала 2020 года", "выше 2019 года"). The base's period dates neither the multiple nor the
 * sentences after it (the standard: a change against an earlier period has the period of the figure it describes).
 */
class ComparisonBaseTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-02 | In January-March 2024 the region shipped 2 million tons of coal. This is about three times as large as in 2021. Rail carried 1.5 million tons. | 1.5 million | 2024-01/2024-03
            2024-05-02 | За первый квартал 2024 года в страну ввезли 12 тыс. тракторов, что в 3 раза больше первого квартала 2020 года. Местные заводы выпустили 900 тракторов. | 3 раза | 2024-01/2024-03
            2024-05-02 | За первый квартал 2024 года в страну ввезли 12 тыс. тракторов, что в 3 раза больше первого квартала 2020 года. Местные заводы выпустили 900 тракторов. | 900 тракторов | 2024-01/2024-03
            """)
    void shouldLeaveTheComparedPeriodToTheBase(String published, String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
