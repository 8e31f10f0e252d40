package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Water, soil and stone are no freight and no goods traded: a volume or weight of them, and a capacity of water, is
 * `other`; so is a capacity counted in people. Freight and containers a port can handle keep their metrics.
 */
class NoFreightCapacityTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Tajikistan will release 500 million cubic meters of water to Uzbekistan during the summer.               | 500 million cubic meters | other
            Once the dam is finished, its reservoir will hold 3.2 billion cubic meters of water.                     | 3.2 billion cubic meters | other
            The builders have already moved 2 million m3 of soil and 300 thousand tons of crushed stone to the site. | 2 million m3             | other
            The builders have already moved 2 million m3 of soil and 300 thousand tons of crushed stone to the site. | 300 thousand tons        | other
            The new dam may cut the river's water intake capacity downstream from 70% to 55%.                        | 70%                      | other
            After the upgrade, the checkpoint's throughput capacity will be 12,000 people per day.                  | 12,000 people            | other
            After the upgrade, the port's throughput capacity will be 12 million tons per year.                     | 12 million tons          | cargo.capacity
            Turkmenistan will supply 10 billion cubic meters of gas to China next year.                             | 10 billion cubic meters  | trade.exports
            """)
    void shouldReadNoFreightAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
