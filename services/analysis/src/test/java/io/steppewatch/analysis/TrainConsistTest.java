package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Containers a Russian "состав" (a train's consist) is made of are one train's load, `other`, like those of "a train
 * of"; containers carried along a route over a period stay `cargo.containers`.
 */
class TrainConsistTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Из Термеза в Кашгар отправился новый поезд. Состав из 55 контейнеров с хлопковой пряжей прибудет через неделю.  | 55 контейнеров | other
            Первый поезд прибыл на станцию Сарахс. Состав состоял из 48 сорокафутовых контейнеров с бумагой.                 | 48 сорокафутовых | other
            С начала года по Транскаспийскому маршруту перевезено 48 тысяч контейнеров.                                     | 48 тысяч контейнеров | cargo.containers
            """)
    void shouldReadContainersOfOneTrainAsItsLoad(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
