package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 65 of round 39: a span of the past N years in an undated text ends with the year before the year the text
 * places itself in (round 48, per48): a date it states, a day of a month whose year is the latest the text names, and
 * the anchors an undated text already had (the year after a "same period" base) in a text whose only date is one it
 * states or implies. Guards: a text that names a later year, a text with no day-dated month.
 */
class UndatedSpanDateTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            On 14 March 2022 the two ministers met in Tashkent. Over the past five years, Kyrgyz exports to Turkey rose by 60%.                | 60%          | 2017-01/2021-12
            Les deux présidents se sont entretenus le 3 juin 2020 à Douchanbé. Au cours des trois dernières années, les échanges ont augmenté de 45 %.       | 45 %         | 2017-01/2019-12
            3 сентября 2023 года министры встретились в Астане. За последние четыре года товарооборот вырос на 70%.                             | 70%          | 2019-01/2022-12
            On 14 March 2022 the two ministers met in Tashkent. Over the past five years, Kyrgyz exports to Turkey rose by 60%, and should double by 2030. | 60% | null
            In January-March, freight rose 12% compared with the same period of 2023. Over the past five years, exports to China grew by 80%.   | 80%    | 2019-01/2023-12
            In March 2022 the two ministers met in Tashkent. Over the past five years, Kyrgyz exports to Turkey rose by 60%.                   | 60%          | null
            """)
    void shouldEndTheSpanBeforeTheYearOfTheDate(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, null, text).period()).isEqualTo(period);
    }
}
