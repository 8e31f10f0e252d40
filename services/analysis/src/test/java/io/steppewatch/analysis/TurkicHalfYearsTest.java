package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Uzbek and Kazakh number a half-year after its year with a Roman numeral or a digit and a hyphen ("2023-yilning
 * I-yarim yilligida", "2022 жылдың ІІ жартыжылдығында"), as they number a quarter: the half's months, as "birinchi
 * yarmida" was. "1 yarim" with a space is one and a half, no half-year.
 */
class TurkicHalfYearsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Savdo aylanmasi 2021-yilning I-yarim yilligida 7,5 mlrd. AQSH dollarini tashkil etdi. | 2021-01/2021-06
            Savdo aylanmasi 2021-yilning II-yarim yilligida 7,5 mlrd. AQSH dollarini tashkil etdi. | 2021-07/2021-12
            Savdo aylanmasi 2021 yilning 1-yarim yilligida 7,5 mlrd. AQSH dollarini tashkil etdi. | 2021-01/2021-06
            Экспорт 2021 жылдың ІІ жартыжылдығында 7,5 млрд долларды құрады. | 2021-07/2021-12
            """)
    void shouldReadTheHalfYearANumeralNames(String body, String period) {
        assertThat(AnalyzedFigures.figure(body, null, "7,5").period()).isEqualTo(period);
    }
}
