package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Freight through a pipeline, port or terminal is `cargo.volume` whatever the commodity, also when the clause names the
 * pipeline well after the figure, behind a word of passage ("through", "via", "по"); a pipeline named in a new clause
 * leaves a product's tonnes `other`.
 */
class PipelineLaterInClauseTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            In 2023 about 40 million tonnes of Kazakh light crude oil were sent abroad through the CPC pipeline.       | 40 million tonnes | cargo.volume
            In 2023 about 40 million tonnes of Kazakh light crude oil were produced, and most went through the CPC pipeline. | 40 million tonnes | other
            """)
    void shouldReadTonnesPassingThroughALaterNamedPipelineAsFreight(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
