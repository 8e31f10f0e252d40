package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Air cargo is freight like any other: cargo handled at an airport is `cargo.volume` of its country (the corpus
 * README's settled conventions), and so is a relative change of it, in every language the lexicon names air cargo
 * in, not only its tonnes (Kazakh and Uzbek name it with their general words for freight, "жүк", "yuk", which take
 * changes already).
 */
class AirCargoChangeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The country saw a 45 percent rise in air cargo over the year.                  | 45 percent | cargo.volume
            Airfreight handled by the national carrier went up by 12 percent.              | 12 percent | cargo.volume
            Le fret aérien du pays a progressé de 17 % sur un an.                           | 17 %       | cargo.volume
            Объем авиагрузов в стране вырос на 23%.                                         | 23%        | cargo.volume
            """)
    void shouldReadAChangeOfAirCargoAsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
