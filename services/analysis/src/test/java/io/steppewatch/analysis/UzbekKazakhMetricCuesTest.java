package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Metric words in both scripts of Uzbek and in Kazakh: trade turnover written in Uzbek Cyrillic ("товар айланмаси"),
 * as its Latin twin "tovar aylanmasi" already reads, and throughput capacity ("өткізу қабілеті", "o‘tkazish
 * qobiliyati", "ўтказиш қобилияти"), as the Russian "пропускная способность" reads.
 */
class UzbekKazakhMetricCuesTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Ўзбекистон ва Туркия ўзаро товар айланмасини 5 миллиард долларга етказишни режалаштирмоқда.  | 5 миллиард   | trade.turnover
            Терминалдың өткізу қабілеті жылына 2 млн тоннаға жетеді.                                       | 2 млн        | cargo.capacity
            Terminalning o‘tkazish qobiliyati yiliga 2 million tonnani tashkil etadi.                     | 2 million    | cargo.capacity
            Терминалнинг ўтказиш қобилияти йилига 2 миллион тоннани ташкил этади.                          | 2 миллион    | cargo.capacity
            """)
    void shouldReadMetricWordsInEitherScript(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
