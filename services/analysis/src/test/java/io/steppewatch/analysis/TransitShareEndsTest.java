package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The share of China–Europe freight that crosses Kazakhstan takes the traffic's ends, not the country it crosses
 * (settled 2026-12-03).
 */
class TransitShareEndsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            About 70% of rail freight from China to Europe passes through Kazakhstan, the minister said.       | 70%  | CN,EU
            Около 70% грузов из Китая в Европу идет через Казахстан, сообщил министр.                         | 70%  | CN,EU
            Environ 70 % des marchandises de la Chine vers l'Europe passent par le Kazakhstan, selon le ministre. | 70 % | CN,EU
            """)
    void shouldGiveTheShareTheTrafficsEnds(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
