package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A level its sentence states for every year ("exported annually", "ежегодный объем", "a yearly growth"), with no
 * period of its own, is a yearly rate: it takes no period from the sentence before, wherever in the sentence the word
 * of the rate stands (the yearly-rate convention of the corpus notes; gold-m: "a level stated per year is `null`").
 */
class YearlyRateWordsTest {

    @ParameterizedTest(name = "\"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In January-June 2023 grain exports rose by 12%. | The country sends about 8 million tons of grain and flour to its many neighbours annually. | 8 million tons
            В январе-июне 2023 года поставки газа выросли на 12%. | Ежегодный объем поставок по газопроводу достигает 35 миллиардов кубометров. | 35 миллиардов
            В январе-июне 2023 года товарооборот вырос на 12%. | Ежегодный рост товарооборота составляет 6-8%. | 6
            """)
    void shouldGiveAYearlyRateNoCarriedPeriod(String before, String sentence, String figure) {
        assertThat(AnalyzedFigures.figure(before + " " + sentence, "2023-08-02", figure).period()).isNull();
    }
}
