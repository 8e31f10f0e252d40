package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 53: what someone or something is worth (a net worth, a valuation, the worth of assets traded) is no
 * investment, though investors stand in the sentence; a sum invested stays `investment.total`.
 */
class WorthsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Few investors believe the founder really built a $40 million net worth from one shop.    | $40 million  | other
            Investors were wary of the startup's first $12 billion valuation last spring.             | $12 billion  | other
            Investors say the retailer is now valued at roughly $8 billion.                           | $8 billion   | other
            Hedge fund investors picked up $1.7 billion worth of defaulted loans in May.            | $1.7 billion | other
            Chinese investors will invest $2 billion in Kazakhstan's new plants.                      | $2 billion   | investment.total
            """)
    void shouldLeaveWorthsOutOfInvestment(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
