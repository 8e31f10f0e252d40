package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian writes "the same period" as "аналогичный период" and also as "тот же период" ("по сравнению с тем же
 * периодом прошлого года"). Either is the base of a change, and the level the sentence goes on to state is of the
 * period the sentence set, not of the base's year (the standard: a change against the same period last year has
 * the period of the figure it describes).
 */
class RussianSamePeriodBaseTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            За восемь месяцев текущего года товарооборот вырос на 7% по сравнению с тем же периодом прошлого года и составил $4,1 млрд. | $4,1 млрд | 2025-10-02 | 2025-01/2025-08
            За восемь месяцев текущего года товарооборот вырос на 7% по сравнению с тем же периодом прошлого года и составил $4,1 млрд. | 7% | 2025-10-02 | 2025-01/2025-08
            За восемь месяцев текущего года товарооборот вырос на 7% по сравнению с аналогичным периодом прошлого года, составив $4,1 млрд. | $4,1 млрд | 2025-10-02 | 2025-01/2025-08
            """)
    void shouldKeepTheSetPeriodAfterTheSamePeriodBase(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
