package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Kazakh or Uzbek year in the ablative ("2023 жылдан", "2023 yildan") is the base a change is counted from, not the
 * change's period; with "since" or "starting" after it ("2021 жылдан бері") it opens a span.
 */
class YearInTheAblativeTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Өткен жылы жүн экспорты 9 мың тоннаны құрап, 2023 жылдан 12 пайызға артқан. | 12 пайызға | 2024
            O'tgan yili jun eksporti 9 ming tonnani tashkil etib, 2023 yildan 12 foizga oshgan. | 12 foizga | 2024
            """)
    void shouldNotDateTheChangeByItsBase(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2025-02-10", text).period()).isEqualTo(period);
    }
}
