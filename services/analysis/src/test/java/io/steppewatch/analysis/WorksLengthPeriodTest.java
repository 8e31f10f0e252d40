package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kilometres of works done on a road, canal or border (built, completed, repaired, described) are the works of the
 * period their own sentence states, a year, months or a span; the whole line's length beside them, and a line's length
 * stated alone, stay standing with no period (LABEL-FIXES: "Kilometres of works done on a line"; the standard: a period
 * is what the text says the figure covers).
 */
class WorksLengthPeriodTest {

    @ParameterizedTest(name = "{2} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2025-02-10 | From 2021 to 2023 the crews repaired and rebuilt 42 kilometres of the 80-kilometre irrigation canal.         | 42 kilometres  | 2021-01/2023-12
            2025-02-10 | From 2021 to 2023 the crews repaired and rebuilt 42 kilometres of the 80-kilometre irrigation canal.         | 80-kilometre   | null
            2025-02-10 | Between April 2023 and June 2024 the contractors constructed some 60 km of the 200-km irrigation canal.      | 60 km          | 2023-04/2024-06
            2025-02-10 | Between April 2023 and June 2024 the contractors constructed some 60 km of the 200-km irrigation canal.      | 200-km         | null
            2025-02-10 | В 2024 году рабочие группы двух стран провели описание 75 километров линии границы.                       | 75 километров  | 2024
            2025-02-10 | The 300-km railway to the port was built in 2019.                                                      | 300-km         | null
            """)
    void shouldDateTheLengthOfWorksByItsSentence(String published, String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period())
                .isEqualTo("null".equals(period) ? null : period);
    }
}
