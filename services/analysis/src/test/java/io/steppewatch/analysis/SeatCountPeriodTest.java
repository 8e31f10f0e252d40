package io.steppewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seats of a building are a property of it, as a length is of a road: they take no period from the sentence or
 * the paragraph around them, while a count of people in the same place does (round 48, recall48).
 */
class SeatCountPeriodTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            In 2022 the builder handed over a 1,500-seat theatre in the capital. | 1,500 | null
            En 2022, le groupe a livré à Achgabat une salle de concert de 1.500 places et un hôtel. | 1.500 | null
            В 2022 году в столице открылся концертный зал на 1500 мест. | 1500 | null
            In 2022 the builder handed over a theatre in the capital, and 1,500 workers joined the project. | 1,500 | 2022
            In the 2022 vote the ruling party won 45 seats in the lower chamber. | 45 | 2022
            """)
    void shouldLeaveTheSeatsOfABuildingUndated(String body, String text, String period) {
        assertThat(AnalyzedFigures.figure(body, "2023-06-20", text).period()).isEqualTo(period);
    }
}
