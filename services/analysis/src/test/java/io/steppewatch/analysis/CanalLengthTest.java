package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The length of a canal is `km` `other` (gold-zc's written decision: a canal is no route, railway, road or
 * pipeline); a railway's length stays {@code route.length}.
 */
class CanalLengthTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            По проекту длина оросительного канала составит 190 км.                 | 190 км  | other
            The length of the new irrigation canal will be 120 kilometers.         | 120 kilometers | other
            По проекту длина железной дороги составит 190 км.                      | 190 км  | route.length
            """)
    void shouldReadCanalLengthAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
