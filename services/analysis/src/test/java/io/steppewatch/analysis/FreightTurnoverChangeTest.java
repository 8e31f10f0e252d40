package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change of freight turnover counted in tonne-kilometres is {@code other} (decision 56 of round 38), also where a word
 * of freight names it and only the level it reached says the unit, or where the text names revenue tonne-kilometres by
 * their abbreviation; a change of freight whose level is in tonnes stays {@code cargo.volume}.
 */
class FreightTurnoverChangeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In the first quarter the airport's cargo turnover grew by 6.3% to 21.4 million ton-kilometers.         | 6.3%  | other
            Over nine months freight turnover on the network rose 4% to 240 billion tonne-kilometres.             | 4%    | other
            The carrier moved 3,100 tons of cargo in May, while its RTK rose by 9.6% to 5.2 million.              | 9.6%  | other
            In the first quarter the airport's cargo volume grew by 6.3% to 21,400 tons.                           | 6.3%  | cargo.volume
            """)
    void shouldReadAChangeOfTonneKilometresAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
