package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The part a sentence splits off a freight total ("including ... for export", "of which ...") is freight too, even
 * when a country is named with the total (the written decision "a product carried by rail": the parts the paragraph
 * splits off such a total are {@code cargo.volume}); a country named in the part's own clause as its exporter makes
 * it trade, and so a product's flow.
 */
class FreightPartSplitOffTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Uzbek Railways carried 3.1 million tons of cotton in the first half, including 1.2 million tons for export. | 1.2 million tons | cargo.volume
            About 2.6m tonnes of Kazakh wheat were railed to Georgian ports in May, of which 0.9m tonnes were for export. | 0.9m tonnes | cargo.volume
            Uzbek Railways carried 3.1 million tons of cotton in the first half, while Kazakhstan exported 1.2 million tons. | 1.2 million tons | other
            """)
    void shouldKeepAPartOfFreightAsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
