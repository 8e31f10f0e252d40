package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The share of China–Europe freight that crosses Kazakhstan takes the traffic's ends, not the country it crosses
 * (settled 2026-12-03), in {@code Subjects}' rule for China–Europe traffic: also where the sentence's other clause
 * speaks of the two countries, whose own figure keeps them.
 */
class TransitShareEndsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            About 70% of rail freight from China to Europe passes through Kazakhstan, the minister said.       | 70%  | CN,EU
            Около 70% грузов из Китая в Европу идет через Казахстан, сообщил министр.                         | 70%  | CN,EU
            Environ 70 % des marchandises de la Chine vers l'Europe passent par le Kazakhstan, selon le ministre. | 70 % | CN,EU
            La part des cargaisons qui passent par le Kazakhstan dans le cadre de la route Chine-Europe est montée à 80 %. | 80 % | CN,EU
            Le trafic entre les deux pays a progressé de 12 %, et la part des cargaisons passant par le Kazakhstan sur la route Chine-Europe est montée à 80 %. | 80 % | CN,EU
            Le trafic entre les deux pays a progressé de 12 %, et la part des cargaisons passant par le Kazakhstan sur la route Chine-Europe est montée à 80 %. | 12 % | CN,KZ
            """)
    void shouldGiveTheShareTheTrafficsEnds(String body, String text, String subjects) {
        assertThat(figure(body, text).subjects()).containsExactlyInAnyOrder(subjects.split(","));
    }
}
