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
            Kyrgyzstan will supply 700 million cubic meters of water to Kazakhstan during the irrigation season.   | 700 million cubic meters | other
            Once built, the plant will have a capacity of 900 MW. Its reservoir will hold 2.1 billion cubic meters of water. | 2.1 billion cubic meters | other
            At the site, 1.2 mln m3 of soil were exported to a disposal area.                                        | 1.2 mln m3               | other
            To build the pier, 80 thousand m3 stone was delivered.                                                   | 80 thousand m3           | other
            A breakwater made of 300 thousand tons of rubble stone was completed at the port.                         | 300 thousand tons        | other
            Farms lower down the river will see their average water intake capacity fall from 70% to 55%.        | 70%  | other
            The checkpoint's throughput capacity is 9,000 people per day.                                            | 9,000 people             | other
            After the upgrade, the port's throughput capacity will be 12 million tons per year.                     | 12 million tons          | cargo.capacity
            Turkmenistan will supply 10 billion cubic meters of gas to China next year.                             | 10 billion cubic meters  | trade.exports
            """)
    void shouldReadNoFreightAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
