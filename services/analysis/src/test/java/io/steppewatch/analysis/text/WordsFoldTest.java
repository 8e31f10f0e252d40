package io.steppewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Folding a part of a text in place must give what folding a copy of that part gives, offsets kept. */
class WordsFoldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Exports to KAZAKHSTAN rose 12% in 2024.          | 11 | 31
            Le commerce avec l'Ouzbékistan a augmenté.       |  0 | 30
            Товарооборот с Казахстаном вырос на 5,2%.        | 15 | 41
            Ümit, ŉ and é.                                   |  0 | 14
            """)
    void shouldFoldAPartAsACopyOfItWouldBeFoldedWhenGivenItsBounds(String text, int start, int end) {
        String part = Words.foldKeepingOffsets(text, start, end);
        assertThat(part).isEqualTo(Words.foldKeepingOffsets(text.substring(start, end)));
        assertThat(part).hasSize(end - start);
    }
}
