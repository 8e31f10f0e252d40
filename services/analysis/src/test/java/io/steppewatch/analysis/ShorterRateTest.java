package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure stated as a rate over a day, a week or a month, with no period in its own sentence, takes none from the
 * sentences before, as a yearly rate takes none: it says how often, not how much in a period.
 */
class ShorterRateTest {

    @ParameterizedTest(name = "\"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In January-October 2023 passenger traffic grew by 12%. | Between the two capitals there are more than 35 flights a week. | 35 flights
            В январе-октябре 2023 года пассажиропоток вырос на 12%. | Между столицами выполняется более 35 авиарейсов в неделю. | 35 авиарейсов
            In January-October 2023 oil exports fell by 12%. | The country loses about $300 million per month on the shortfall. | $300 million
            """)
    void shouldGiveARateNoCarriedPeriod(String before, String sentence, String figure) {
        assertThat(AnalyzedFigures.figure(before + " " + sentence, "2023-11-20", figure).period()).isNull();
    }
}
