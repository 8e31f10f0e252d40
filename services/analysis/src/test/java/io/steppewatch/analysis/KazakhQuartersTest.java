package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kazakh names a quarter with a Roman numeral in the Cyrillic letter "І" ("2023 жылғы І тоқсан") or with "алғашқы"
 * (first), after a written year or after "биылғы" (this year's): the quarter's months, as "бірінші тоқсан" was.
 */
class KazakhQuartersTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2023 жылғы І тоқсанда Қазақстан Қытайға 1,2 млн тонна астық жөнелтті. | 2023-01/2023-03
            2023 жылғы ІІ тоқсанда Қазақстан Қытайға 1,2 млн тонна астық жөнелтті. | 2023-04/2023-06
            2023 жылғы алғашқы тоқсанда Қазақстан Қытайға 1,2 млн тонна астық жөнелтті. | 2023-01/2023-03
            Биылғы алғашқы тоқсанда Қазақстан Қытайға 1,2 млн тонна астық жөнелтті. | 2024-01/2024-03
            """)
    void shouldReadTheQuarterAKazakhSentenceNames(String body, String period) {
        Analysis analysis = ANALYZER.analyze(new ArticleText("t", "", body, LocalDate.of(2024, 8, 20), null));
        Optional<ExtractedFigure> found = analysis.figures().stream().filter(f -> f.text().startsWith("1,2")).findFirst();
        assertThat(found).as("the tonnes in %s", analysis.figures()).isPresent();
        assertThat(found.get().period()).isEqualTo(period);
    }
}
