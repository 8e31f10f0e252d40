package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change of what transport costs or how long it takes is a saving in money or time, `other`, however near a word of
 * freight stands; a change of the freight itself keeps its metric. The same holds for trade: a change of the time goods
 * take at a border or of the share imports have names another quantity as what changes, and the noun of trade only
 * says whose.
 */
class CostOrTimeSavingTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The new line will cut the cost of shipping one cargo container to the port by 40 percent.            | 40 percent | other
            Перевозки грузов по маршруту выросли на 20%, а сроки доставки грузов сократятся в 2 раза.             | 2 раза     | other
            Перевозки грузов по маршруту выросли на 20%, а сроки доставки грузов сократятся в 2 раза.             | 20%        | cargo.volume
            Grâce au nouveau terminal, le transit de fret vers la Chine sera trois fois plus rapide.              | trois fois | other
            Container traffic through the port of Aktau grew by 25 percent in 2024.                              | 25 percent | cargo.containers
            The railway lowered its transit fees for cargo bound for the port by 35 percent.                     | 35 percent | other
            Temir yo‘l yuk tashish narxini 30 foizga kamaytiradi.                                                 | 30 foizga  | other
            """)
    void shouldReadACostOrTimeSavingAsNoFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            На границе время оформления экспортных грузов сократилось на 40%.                                     | 40%        | other
            Доля импорта из Китая выросла в 3 раза за пять лет.                                                  | 3 раза     | other
            The share of exports going to China rose by 30 percent last year.                                    | 30 percent | other
            В то же время экспорт в Китай вырос на 15%.                                                          | 15%        | trade.exports
            Exports to China rose by 12 percent in 2024.                                                         | 12 percent | trade.exports
            """)
    void shouldReadAChangeOfATimeOrAShareOfTradeAsNoTrade(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
