package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Containers counted with what they hold ("containers of ferroalloys", "алма шырыны тиелген ... контейнер", "konteyner
 * gumanitar yordam") are one consignment, whose load is other (round 26, decision 56; round 47: gold-f, gold-zg and
 * gold-u label such counts other). Containers of cargo in general, and containers a port loaded, stay its throughput.
 */
class ContainerLoadsTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            A new rail and sea service from Poti to Urumqi via Kazakhstan is carrying 48 containers of ferroalloys on its first run. | 48 containers | other
            Алма шырыны тиелген 36 контейнер Ақтау порты арқылы Бакуге жөнелтілді.                                                    | 36 контейнер | other
            Qozog‘iston Afg‘onistonga temir yo‘l orqali 25 konteyner gumanitar yordam jo‘natdi.                                       | 25 konteyner | other
            The port of Aktau handled 150,000 containers of cargo in 2023.                                                             | 150,000 containers | cargo.containers
            The Aktau port loaded 45,000 containers last year, up from 38,000 a year before.                                          | 45,000 containers | cargo.containers
            """)
    void shouldReadAConsignmentsContainersAsOther(String body, String text, String metric) {
        assertThat(figure(body, text).metric()).isEqualTo(metric);
    }
}
