package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trade with or among a group that has no code of its own (the CIS taken as a whole, the Turkic states) is an aggregate
 * over the group, {@code other} (decisions 40 and 57), in Russian and in Kazakh, where "with" is glued to the group;
 * so is a change whose own sentence names no metric right after such a total. Trade with one country keeps its metric.
 */
class GroupTradeTotalTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Если смотреть на страны Содружества в целом, товарооборот в прошлом году вырос до 90 млрд долларов. Рост составил 12%. | 90 млрд долларов | other
            Если смотреть на страны Содружества в целом, товарооборот в прошлом году вырос до 90 млрд долларов. Рост составил 12%. | 12%              | other
            Қазақстан Түркі елдерімен сауда көлемін 8 млрд долларға жеткізуді жоспарлап отыр.                                      | 8 млрд долларға  | other
            Trade between Kazakhstan and the Turkic states reached $9 billion last year.                                          | $9 billion       | other
            Trade between Kazakhstan and Turkey reached $7 billion last year.                                                     | $7 billion       | trade.turnover
            """)
    void shouldReadTradeWithAGroupAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
