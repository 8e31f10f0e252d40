package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The period phrases of Kazakh economic reports: "ағымдағы жыл" (the current year) beside "биыл", the first months or
 * half of a year after "алғашқы" (first), and a Kazakh month's name in its case forms ("шілде айының", "сәуірде",
 * "қыркүйегінде", whose last к is voiced before a vowel), but not the adjective "маусымдық" (seasonal).
 */
class KazakhPeriodsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2023 жылдың алғашқы 10 айында Қазақстан көршілеріне 1,2 млн тонна ұн жөнелтті. | 2023-01/2023-10
            Ағымдағы жылдың 5 айында Қазақстан көршілеріне 1,2 млн тонна ұн жөнелтті. | 2024-01/2024-05
            Ағымдағы жылы Қазақстан көршілеріне 1,2 млн тонна ұн жөнелтті. | 2024
            Ағымдағы жылдың алғашқы жартыжылдығында Қазақстан көршілеріне 1,2 млн тонна ұн жөнелтті. | 2024-01/2024-06
            Мамыр айының өзінде Қазақстан көршілеріне 1,2 млн тонна ұн жөнелтті. | 2024-05
            Биыл сәуірде Қазақстан көршілеріне 1,2 млн тонна ұн жөнелтті. | 2024-04
            2023 жылдың наурыз-қыркүйегінде Қазақстан көршілеріне 1,2 млн тонна ұн жөнелтті. | 2023-03/2023-09
            Биыл маусымдық жұмыста Қазақстан көршілеріне 1,2 млн тонна ұн жөнелтті. | 2024
            """)
    void shouldReadThePeriodAKazakhReportStates(String body, String period) {
        ExtractedFigure found = AnalyzedFigures.figure(new ArticleText("t", "", body, LocalDate.of(2024, 8, 20), null),
                "1,2");
        assertThat(found.period()).isEqualTo(period);
    }
}
