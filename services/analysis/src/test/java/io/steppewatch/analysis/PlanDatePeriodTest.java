package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date a plan, forecast or future word governs with no figure between them ("expected to be commissioned in
 * 2025", "planned to receive the first ships in 2029") tells when a foreseen event is to happen: the figures of the
 * sentences after it take no period from it, as after the date of an act. A year that opens the sentence, or the
 * year a forecast is for ("prévisions pour 2025"), still sets the period of what follows.
 */
class PlanDatePeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Two furnaces already work, and a third is expected to be commissioned in 2026. The plant sells 40% of its metal to Europe. | 40% | 2026-03-10 |
            It is planned to open the new grain terminal at the port in 2029. The operator ships 35% of its grain to Iran. | 35% | |
            The mine holds 20,000 tonnes of ore, with an expected closure in 2040. The company sold 25% of its output to China. | 25% | |
            In 2025 the railway carried 30 million tons of cargo, and it is expected to carry more. Transit made up 20% of it. | 20% | | 2025
            Les prévisions pour 2025 annoncent un trafic de 5 millions de tonnes. Le port a traité 40 % du fret. | 40 % | | 2025
            The forecast for 2027 puts freight at 12 million tons. Oil made up 30% of the cargo. | 30% | | 2027
            """)
    void shouldCarryNoPeriodOutOfThePlansDate(String body, String text, String published, String period) {
        assertThat(AnalyzedFigures.figure(body, published, text).period()).isEqualTo(period);
    }
}
