package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kazakh names a quarter with a Roman numeral in the Cyrillic letter "І" ("2023 жылғы І тоқсан") or with "алғашқы"
 * (first), after a written year or after "биылғы" (this year's): the quarter's months, as "бірінші тоқсан" was.
 */
class KazakhQuartersTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2023 жылғы І тоқсанда Қазақстан Қытайға 1,2 млн тонна астық жөнелтті. | 2023-01/2023-03
            2023 жылғы ІІ тоқсанда Қазақстан Қытайға 1,2 млн тонна астық жөнелтті. | 2023-04/2023-06
            2023 жылғы алғашқы тоқсанда Қазақстан Қытайға 1,2 млн тонна астық жөнелтті. | 2023-01/2023-03
            Биылғы алғашқы тоқсанда Қазақстан Қытайға 1,2 млн тонна астық жөнелтті. | 2024-01/2024-03
            """)
    void shouldReadTheQuarterAKazakhSentenceNames(String body, String period) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2024, 8, 20), null),
                "1,2");
        assertThat(found.period()).isEqualTo(period);
    }
}
