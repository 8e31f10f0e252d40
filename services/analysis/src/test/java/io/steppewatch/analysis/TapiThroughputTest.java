package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the TAPI pipeline carries each year is its design throughput, whatever the verb: {@code cargo.capacity} of the
 * four countries it links (settled 2026-12-03); gas bought under a contract stays trade.
 */
class TapiThroughputTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Turkmenistan says the TAPI pipeline will carry up to 33 billion cubic meters of gas each year to its neighbours.        | 33 billion cubic meters    | cargo.capacity | TM,AF,PK,IN
            Газопровод ТАПИ сможет ежегодно транспортировать до 33 млрд кубометров туркменского газа.                          | 33 млрд кубометров         | cargo.capacity | TM,AF,PK,IN
            Le gazoduc TAPI transportera jusqu'à 33 milliards de mètres cubes de gaz chaque année.                                   | 33 milliards de mètres cubes | cargo.capacity | TM,AF,PK,IN
            """)
    void shouldReadTheLinesYearlyGasAsItsCapacity(String body, String text, String metric, String subjects) {
        ExtractedFigure figure = figure(body, text);
        assertThat(figure.metric()).isEqualTo(metric);
        assertThat(figure.subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Under the TAPI contract Pakistan will buy 14 billion cubic meters of Turkmen gas a year. | 14 billion cubic meters
            """)
    void shouldLeaveGasBoughtAsTrade(String body, String text) {
        assertThat(figure(body, text).metric()).isNotEqualTo("cargo.capacity");
    }
}
