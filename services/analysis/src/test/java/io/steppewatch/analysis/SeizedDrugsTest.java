package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kilograms of drugs seized or smuggled are `other` (team a's convention), however the sentences around them speak of
 * routes, deliveries or freight; tonnes of freight in a sentence without drugs keep their metric.
 */
class SeizedDrugsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Smugglers delivered the cargo by rail along the transit route. Some 40 kilograms of opium were found at the station. | 40 kilograms | other
            Les passeurs transportaient le fret par la route de transit. Les douaniers ont saisi 12 kilos de haschich.   | 12 kilos     | other
            The transit route carried 4 million tons of cargo by rail last year.                                       | 4 million tons | cargo.volume
            """)
    void shouldReadSeizedDrugsAsNoFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
