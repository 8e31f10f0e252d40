package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Only the whole border is `border.length`; a stretch still to be described (or left undescribed) is `other`, as a
 * stretch still to be delimited is, and as "описано" already reads in Russian.
 */
class BorderStretchDescribedTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The Kazakh-Uzbek border runs for 2,300 kilometers, with some 140 kilometers still to be described.        | 140 kilometers   | other
            Some 140 kilometers of the Kazakh-Uzbek border remain undescribed, officials said in Tashkent.          | 140 kilometers   | other
            The Kazakh-Uzbek border runs for 2,300 kilometers, with some 140 kilometers still to be described.        | 2,300 kilometers | border.length
            """)
    void shouldReadAStretchToBeDescribedAsAPart(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
