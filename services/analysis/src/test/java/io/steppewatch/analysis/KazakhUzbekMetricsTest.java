package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which metric a figure takes from the words Kazakh and Uzbek news use for trade, investment and freight. */
class KazakhUzbekMetricsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Қазақстан мен Қытай арасындағы тауар айналымы 2023 жылы 31,5 млрд АҚШ долларына жетті.          | 31,5 млрд АҚШ долларына  | trade.turnover
            Былтыр екі елдің сауда айналымы 4,2 млрд еуроны құрады.                                          | 4,2 млрд еуроны          | trade.turnover
            Қазақстанның Түркияға экспорты 2,1 млрд долларға өсті.                                           | 2,1 млрд долларға        | trade.exports
            Ресейден импорт 1,8 трлн теңгені құрады.                                                        | 1,8 трлн теңгені         | trade.imports
            Қытай компаниялары Қазақстанға 500 млн доллар инвестиция салды.                                  | 500 млн доллар           | investment.total
            Транзиттік жүк тасымалы 3,2 млн тоннаға жетті.                                                  | 3,2 млн тоннаға          | cargo.volume
            O‘zbekiston va Qozog‘iston o‘rtasidagi savdo aylanmasi 4,3 mlrd dollarga yetdi.                  | 4,3 mlrd dollarga        | trade.turnover
            Tashqi savdo aylanmasi 1,2 mlrd yevroni tashkil etdi.                                            | 1,2 mlrd yevroni         | trade.turnover
            O‘zbekistonning Rossiyaga eksporti 2,5 mlrd dollarni tashkil etdi.                               | 2,5 mlrd dollarni        | trade.exports
            Xitoy O‘zbekistonga 300 mln dollar investitsiya kiritdi.                                         | 300 mln dollar           | investment.total
            Xitoy kompaniyalari O‘zbekistonga 300 mln dollarlik sarmoya kiritdi.                             | 300 mln dollarlik        | investment.total
            Tranzit yuk tashish hajmi 5,1 mln tonnaga yetdi.                                                 | 5,1 mln tonnaga          | cargo.volume
            Yo‘nalish orqali 12 ming konteyner tashildi.                                                     | 12 ming konteyner        | cargo.containers
            Ўзбекистон ва Хитой ўртасидаги товар айирбошлаш 9,2 млрд долларга етди.                          | 9,2 млрд долларга        | trade.turnover
            Ташқи савдо айланмаси 2,4 трлн сўмни ташкил этди.                                                | 2,4 трлн сўмни           | trade.turnover
            """)
    void shouldReadMetricWhenKazakhOrUzbekNewsNamesIt(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
