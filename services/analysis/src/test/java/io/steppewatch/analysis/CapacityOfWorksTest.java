package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capacity of works that make or hold rather than carry (a dam's reservoir, a power station, a mine) and a
 * country's export capacity for its product are `other`: {@code cargo.capacity} is the freight a corridor, line, port
 * or terminal can carry. A port's capacity keeps its metric.
 */
class CapacityOfWorksTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Once the dam is finished, its reservoir will have a capacity of 3.2 billion cubic meters.             | 3.2 billion cubic meters | other
            La capacité prévue de la mine atteindra 8 000 tonnes par an.                                          | 8 000 tonnes             | other
            Мощность новой электростанции позволит ежегодно перерабатывать 300 тысяч тонн отходов.                | 300 тысяч тонн           | other
            Our export capacity is 50 million tonnes of wheat.                                                    | 50 million tonnes        | other
            After the upgrade, the port's handling capacity will reach 20 million tonnes per year.               | 20 million tonnes        | cargo.capacity
            """)
    void shouldReadCapacityOfWorksAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
