package io.steppewatch.analysis;

import static io.steppewatch.analysis.AnalyzedFigures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A level of a stock metric (joint projects and their worth, companies, joint ventures, jobs) with no time word of
 * its own is `null`, even after a sentence that dates a flow; "under way", "en cours", "реализуются" are no word of
 * the present moment, "currently" and "сегодня" are (round 23: standing figures after a dated sentence).
 */
class StockLevelsUndatedTest {

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2023. More than 60 joint projects of Kazakhstan and Uzbekistan are under way. | 60 joint        | null
            Товарооборот Казахстана и Узбекистана достиг 4,4 млрд долларов в 2023 году. В Узбекистане работают 876 казахстанских предприятий.           | 876 казахстанских | null
            Le commerce a atteint 4 milliards de dollars en 2023. Le Kazakhstan et l'Ouzbékistan ont un portefeuille de 66 projets communs.              | 66 projets      | null
            Plus de 60 projets conjoints du Kazakhstan et de l'Ouzbékistan sont en cours de réalisation.                                                 | 60 projets      | null
            Currently, more than 60 joint projects of Kazakhstan and Uzbekistan are under way.                                                           | 60 joint        | 2024-04
            Сегодня в Узбекистане работают 876 казахстанских предприятий.                                                                                | 876 казахстанских | 2024-04
            """)
    void shouldLeaveAStockLevelUndatedWithoutAPresentWordOfItsOwn(String body, String text, String period) {
        assertThat(figure(body, "2024-04-07", text).period()).isEqualTo(period);
    }
}
